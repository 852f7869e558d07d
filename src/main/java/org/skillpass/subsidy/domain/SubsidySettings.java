package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.Gender;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The per-region knobs of the subsidy rules (DOMAIN.md: per-region configuration, these values as
 * defaults). The database will keep them per region with an effective date; the domain only needs the
 * values in force for one claim.
 *
 * @param maxClaimsPerYear        R1: subsidies per person per calendar year, all types together (3)
 * @param claimWindowMonths       R4: months after the certificate's issue date to claim (12)
 * @param minAttendance           R5: attended / planned class hours, as a fraction (0.80)
 * @param minAge                  R6: youngest age in completed years (16)
 * @param maxAgeMen               R6: oldest age in completed years for men (60, inclusive)
 * @param maxAgeWomen             R6: oldest age in completed years for women (55, inclusive)
 * @param shortageUplift          rate uplift for occupations on the shortage list, as a fraction (0.30)
 * @param noticeWorkingDays       length of the public notice (公示) in working days (5)
 * @param reviewTargetWorkingDays review target after submission in working days (10)
 */
public record SubsidySettings(int maxClaimsPerYear, int claimWindowMonths, BigDecimal minAttendance,
                              int minAge, int maxAgeMen, int maxAgeWomen, BigDecimal shortageUplift,
                              int noticeWorkingDays, int reviewTargetWorkingDays) {

    public static final SubsidySettings DEFAULTS = new SubsidySettings(3, 12, new BigDecimal("0.80"),
            16, 60, 55, new BigDecimal("0.30"), 5, 10);

    public SubsidySettings {
        Objects.requireNonNull(minAttendance, "minAttendance");
        Objects.requireNonNull(shortageUplift, "shortageUplift");
        if (maxClaimsPerYear < 1 || claimWindowMonths < 1 || noticeWorkingDays < 1 || reviewTargetWorkingDays < 1) {
            throw new IllegalArgumentException("counts and periods must be positive");
        }
        if (minAttendance.signum() < 0 || minAttendance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minAttendance must be a fraction between 0 and 1");
        }
        if (shortageUplift.signum() < 0) {
            throw new IllegalArgumentException("shortageUplift must not be negative");
        }
        if (minAge < 0 || maxAgeMen < minAge || maxAgeWomen < minAge) {
            throw new IllegalArgumentException("age limits out of order");
        }
    }

    public int maxAge(Gender gender) {
        return gender == Gender.MALE ? maxAgeMen : maxAgeWomen;
    }
}
