package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A share of the per-trainee rate paid when a milestone is reached; share is a fraction (0.50 = 50 %). */
public record Tranche(Milestone milestone, BigDecimal share) {

    public Tranche {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(share, "share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share is a fraction above 0 and at most 1: " + share);
        }
    }
}
