package org.skillpass.catalog.domain;

import java.util.Set;

/** DRAFT → FILED (开班备案) → IN_TRAINING → COMPLETED → ARCHIVED. */
public enum ClassState {
    DRAFT, FILED, IN_TRAINING, COMPLETED, ARCHIVED;

    public boolean canMoveTo(ClassState next) {
        return switch (this) {
            case DRAFT -> next == FILED;
            case FILED -> next == IN_TRAINING || next == DRAFT;
            case IN_TRAINING -> next == COMPLETED;
            case COMPLETED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }

    /** Workers may enrol while the class is filed or already running. */
    public boolean openForEnrolment() {
        return this == FILED || this == IN_TRAINING;
    }

    public static Set<ClassState> visibleToPublic() {
        return Set.of(FILED, IN_TRAINING);
    }
}
