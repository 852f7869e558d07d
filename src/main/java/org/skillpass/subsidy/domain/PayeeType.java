package org.skillpass.subsidy.domain;

/**
 * Who receives the money: the learner, or someone who paid up front (垫付) on the learner's behalf —
 * the institution or assessment body (with the learner's 代为申请 agreement), or the employer for
 * pre-job / order training.
 */
public enum PayeeType { LEARNER, INSTITUTION, ASSESSMENT_BODY, EMPLOYER }
