package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rate: for claims of a type in a region (and below it), for a certificate kind and level, in force
 * from {@code validFrom} (inclusive) until a later row for the same key and region takes over.
 *
 * <p>Keys by claim type: TRAINING and ASSESSMENT rates are per certificate — kind required, level
 * 1–5 for SKILL_LEVEL and null otherwise; LIVING_ALLOWANCE is yuan per attended day and APPRENTICESHIP
 * yuan per year, both with neither kind nor level. The region path {@code ""} means nationwide and is
 * used by the built-in defaults.
 */
public record RateRow(String regionPath, ClaimType claimType, CertificateKind certificateKind, Integer level,
                      LocalDate validFrom, BigDecimal amount) {

    public RateRow {
        Objects.requireNonNull(regionPath, "regionPath");
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(amount, "amount");
        if (!regionPath.isEmpty() && !regionPath.endsWith("/")) {
            throw new IllegalArgumentException("a region path ends with '/': " + regionPath);
        }
        if (claimType.needsCertificate()) {
            if (certificateKind == null) {
                throw new DomainException("subsidy.rate.kindRequired", claimType);
            }
            if (certificateKind.hasLevel() && (level == null || level < 1 || level > 5)) {
                throw new DomainException("subsidy.rate.levelRequired");
            }
            if (!certificateKind.hasLevel() && level != null) {
                throw new DomainException("subsidy.rate.levelNotAllowed");
            }
        } else if (certificateKind != null || level != null) {
            throw new DomainException("subsidy.rate.kindNotAllowed", claimType);
        }
        if (amount.signum() < 0) {
            throw new DomainException("subsidy.rate.negative");
        }
        amount = Yuan.of(amount);
    }

    /** Same claim type, certificate kind and level (nulls equal nulls). */
    public boolean sameKey(ClaimType type, CertificateKind kind, Integer lvl) {
        return claimType == type && certificateKind == kind && Objects.equals(level, lvl);
    }

    /** Whether this row's region is the claim's region or one above it. */
    public boolean covers(String claimRegionPath) {
        return claimRegionPath.startsWith(regionPath);
    }

    /** A built-in default (nationwide, in force since ever) rather than a configured row. */
    public boolean isDefault() {
        return regionPath.isEmpty() && validFrom.equals(LocalDate.MIN);
    }
}
