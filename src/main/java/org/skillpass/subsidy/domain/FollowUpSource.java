package org.skillpass.subsidy.domain;

/** Who reported a follow-up outcome: the institution's call, or the employer's confirmation in SkillPass. */
public enum FollowUpSource { INSTITUTION, EMPLOYER_CONFIRMED }
