package org.skillpass.catalog.domain;

/** 就业技能, 劳动预备制, 岗位技能提升, 高技能, 创业. */
public enum TrainingType { EMPLOYMENT_SKILLS, PRE_EMPLOYMENT, ON_THE_JOB_UPGRADE, HIGH_SKILL, ENTREPRENEURSHIP }
