package org.skillpass.catalog.domain;

/** What a course leads to: an occupation level, a 专项职业能力 item, or a general course. */
public enum CourseKind {
    OCCUPATION_LEVEL, SPECIAL_ABILITY, SAFETY, ENTREPRENEURSHIP, URBAN_INTEGRATION;

    /** Only occupation-level and special-ability courses name an occupation. */
    public boolean needsOccupation() {
        return this == OCCUPATION_LEVEL || this == SPECIAL_ABILITY;
    }
}
