package org.skillpass.assessment.domain;

import org.skillpass.shared.domain.FieldException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A score as typed: 0–100 with at most one decimal; blank means not yet entered. */
public final class Score {

    private static final BigDecimal MAX = new BigDecimal("100");

    private Score() {
    }

    /** @throws FieldException with key {@code score.invalid} for anything else */
    public static BigDecimal parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldException(field, "score.invalid");
        }
        return check(v, field);
    }

    public static BigDecimal check(BigDecimal v, String field) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(MAX) > 0 || v.stripTrailingZeros().scale() > 1) {
            throw new FieldException(field, "score.invalid");
        }
        return v.setScale(1, RoundingMode.UNNECESSARY);
    }
}
