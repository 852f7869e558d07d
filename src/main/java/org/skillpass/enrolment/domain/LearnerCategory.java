package org.skillpass.enrolment.domain;

/**
 * The learner's category at the time of training (subsidies judge it then): 农村转移就业劳动者,
 * 登记失业人员, 就业困难人员, 两后生, 脱贫/防返贫监测对象, 企业职工, 其他.
 */
public enum LearnerCategory {
    RURAL_TRANSFER, REGISTERED_UNEMPLOYED, EMPLOYMENT_DIFFICULTY, TWO_AFTER_STUDENT, POVERTY_MONITORED,
    ENTERPRISE_EMPLOYEE, OTHER
}
