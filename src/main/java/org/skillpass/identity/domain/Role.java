package org.skillpass.identity.domain;

/** What an account may do; names are the Jakarta Security group and role names. */
public enum Role {
    WORKER, INSTITUTION_STAFF, ASSESSOR, EMPLOYER, HR_OFFICER, ADMIN;

    /** The organisation type a staff role belongs to, or null for roles without an organisation. */
    public OrganisationType organisationType() {
        return switch (this) {
            case INSTITUTION_STAFF -> OrganisationType.INSTITUTION;
            case ASSESSOR -> OrganisationType.ASSESSMENT_BODY;
            case EMPLOYER -> OrganisationType.EMPLOYER;
            case HR_OFFICER -> OrganisationType.HR_BUREAU;
            case WORKER, ADMIN -> null;
        };
    }

    /** Names usable in annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String WORKER = "WORKER";
        public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";
        public static final String ASSESSOR = "ASSESSOR";
        public static final String EMPLOYER = "EMPLOYER";
        public static final String HR_OFFICER = "HR_OFFICER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
