package org.skillpass.enrolment.domain;

/** What the learner declared about their situation when enrolling; students and pensioners are flagged. */
public enum LearnerStatus { UNSPECIFIED, EMPLOYED, UNEMPLOYED, STUDENT, PENSIONER }
