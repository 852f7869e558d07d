package org.skillpass.identity.domain;

/** 培训机构, 评价机构, 用人单位, 人社局. */
public enum OrganisationType {
    INSTITUTION, ASSESSMENT_BODY, EMPLOYER, HR_BUREAU;

    public Role staffRole() {
        return switch (this) {
            case INSTITUTION -> Role.INSTITUTION_STAFF;
            case ASSESSMENT_BODY -> Role.ASSESSOR;
            case EMPLOYER -> Role.EMPLOYER;
            case HR_BUREAU -> Role.HR_OFFICER;
        };
    }
}
