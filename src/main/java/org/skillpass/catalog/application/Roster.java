package org.skillpass.catalog.application;

/**
 * What the catalog needs to know about a class's roster; the enrolment context implements it, so the
 * catalog does not depend on enrolment (which depends on the catalog for seats).
 */
public interface Roster {

    /** Learners holding a seat (CONFIRMED) in the class. */
    long confirmedCount(long classId);
}
