package org.skillpass.subsidy.domain;

/** What a follow-up call (跟踪回访) found. UNREACHABLE is recorded so the attempt is on file. */
public enum FollowUpOutcome { EMPLOYED, NOT_EMPLOYED, UNREACHABLE }
