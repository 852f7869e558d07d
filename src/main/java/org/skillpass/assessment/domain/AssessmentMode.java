package org.skillpass.assessment.domain;

/** 现场 (on site), 即时 (straight after a class), 跟踪 (at the workplace later). */
public enum AssessmentMode { ON_SITE, INSTANT, FOLLOW_UP }
