package org.skillpass.subsidy.domain;

/** What a pay-for-results tranche is paid for: the trainee certified, or employed for at least 6 months. */
public enum Milestone { CERTIFIED, EMPLOYED_6M }
