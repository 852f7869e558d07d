package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money in yuan: BigDecimal with two decimals, rounded half up, the way payment files want them. */
public final class Yuan {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = of(BigDecimal.ZERO);

    private Yuan() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static BigDecimal of(long amount) {
        return of(BigDecimal.valueOf(amount));
    }
}
