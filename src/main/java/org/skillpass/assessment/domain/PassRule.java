package org.skillpass.assessment.domain;

import java.math.BigDecimal;

/**
 * When a candidate passes: both parts at or above their pass marks (60 by default; a region may set the
 * practical mark higher, to weigh practical work over theory as the policy asks). A missing part is no
 * pass. Levels 二级 and 一级 also need a passed panel review.
 */
public record PassRule(BigDecimal theoryMark, BigDecimal practicalMark) {

    public static final PassRule DEFAULTS = new PassRule(new BigDecimal("60.0"), new BigDecimal("60.0"));

    public enum Outcome { PASS, FAIL, INCOMPLETE }

    public Outcome judge(BigDecimal theory, BigDecimal practical, int level, PanelReview review) {
        if (theory == null || practical == null) {
            return Outcome.INCOMPLETE;
        }
        boolean parts = theory.compareTo(theoryMark) >= 0 && practical.compareTo(practicalMark) >= 0;
        if (!parts) {
            return Outcome.FAIL;
        }
        if (level <= 2) {
            return switch (review) {
                case PASSED -> Outcome.PASS;
                case FAILED -> Outcome.FAIL;
                case NONE -> Outcome.INCOMPLETE;
            };
        }
        return Outcome.PASS;
    }

    public boolean theoryPassed(BigDecimal theory) {
        return theory != null && theory.compareTo(theoryMark) >= 0;
    }

    public boolean practicalPassed(BigDecimal practical) {
        return practical != null && practical.compareTo(practicalMark) >= 0;
    }
}
