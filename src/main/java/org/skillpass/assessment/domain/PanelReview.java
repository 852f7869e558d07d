package org.skillpass.assessment.domain;

/** The panel review that levels 二级 and 一级 need (NONE until recorded). */
public enum PanelReview { NONE, PASSED, FAILED }
