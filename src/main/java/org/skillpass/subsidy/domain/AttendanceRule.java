package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * R5: TRAINING and LIVING_ALLOWANCE claims need attended hours ≥ {@link SubsidySettings#minAttendance()}
 * (80 %) of the planned class hours. Compared exactly, without dividing: 80 of 100 hours passes, 79.9
 * does not. Unknown or zero planned hours refuse — no attendance record, no subsidy.
 */
public final class AttendanceRule implements EligibilityRule {

    public static final String NAME = "R5_ATTENDANCE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(ClaimFacts facts) {
        return facts.claimType() == ClaimType.TRAINING || facts.claimType() == ClaimType.LIVING_ALLOWANCE;
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        if (!appliesTo(facts)) {
            return Optional.empty();
        }
        BigDecimal planned = facts.plannedHours();
        BigDecimal attended = facts.attendedHours();
        if (planned == null || attended == null || planned.signum() <= 0 || attended.signum() < 0) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.attendance.unknown"));
        }
        BigDecimal min = facts.settings().minAttendance();
        BigDecimal required = planned.multiply(min);
        if (attended.compareTo(required) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(NAME, "subsidy.rule.attendance", attended, planned,
                plain(required), min));
    }

    /** 80.00 → 80 for the message, without becoming 8E+1. */
    private static BigDecimal plain(BigDecimal x) {
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
