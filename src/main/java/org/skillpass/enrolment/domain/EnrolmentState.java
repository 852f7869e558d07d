package org.skillpass.enrolment.domain;

/** APPLIED → CONFIRMED (seat held) or WAITLISTED → WITHDRAWN / COMPLETED / DROPPED. */
public enum EnrolmentState {
    APPLIED, CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED, DROPPED;

    public boolean active() {
        return this == APPLIED || this == CONFIRMED || this == WAITLISTED;
    }
}
