package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much a claim is worth (DOMAIN.md, Subsidies → Amount), with each step explained:
 * <ul>
 *   <li>TRAINING: the rate for the certificate kind and level, × (1 + uplift) for a shortage occupation;</li>
 *   <li>ASSESSMENT: the same, then capped at the fee actually charged — min(rate, fee) — because the
 *       subsidy refunds a fee and must never exceed it;</li>
 *   <li>LIVING_ALLOWANCE: attended days × the daily rate (no uplift: it pays for days, not skills);</li>
 *   <li>APPRENTICESHIP: years × the yearly rate (no uplift).</li>
 * </ul>
 * {@code on} is the date whose rate applies; the service decides which date the region's policy ties
 * the rate to (usually the certificate's issue date, or the training start for living allowance).
 * Rounding happens once per multiplication, half up to fen, so every shown step adds up.
 */
public final class AmountCalculator {

    private final RateTable rates;
    private final SubsidySettings settings;

    public AmountCalculator(RateTable rates, SubsidySettings settings) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Amount training(String regionPath, LocalDate on, CertificateKind kind, Integer level, boolean shortage) {
        List<Explanation> steps = new ArrayList<>();
        BigDecimal value = certificateRate(ClaimType.TRAINING, regionPath, on, kind, level, shortage, steps);
        steps.add(Explanation.of("subsidy.amount.total", value));
        return new Amount(value, steps);
    }

    /** @param feeCharged what the assessment body actually charged the candidate, in yuan */
    public Amount assessment(String regionPath, LocalDate on, CertificateKind kind, Integer level, boolean shortage,
                             BigDecimal feeCharged) {
        Objects.requireNonNull(feeCharged, "feeCharged");
        if (feeCharged.signum() < 0) {
            throw new DomainException("subsidy.amount.feeNegative");
        }
        List<Explanation> steps = new ArrayList<>();
        BigDecimal value = certificateRate(ClaimType.ASSESSMENT, regionPath, on, kind, level, shortage, steps);
        BigDecimal fee = Yuan.of(feeCharged);
        if (fee.compareTo(value) < 0) {
            value = fee;
            steps.add(Explanation.of("subsidy.amount.feeCap", fee));
        }
        steps.add(Explanation.of("subsidy.amount.total", value));
        return new Amount(value, steps);
    }

    public Amount livingAllowance(String regionPath, LocalDate on, int attendedDays) {
        return perUnit(ClaimType.LIVING_ALLOWANCE, "subsidy.amount.days", regionPath, on, attendedDays);
    }

    public Amount apprenticeship(String regionPath, LocalDate on, int years) {
        return perUnit(ClaimType.APPRENTICESHIP, "subsidy.amount.years", regionPath, on, years);
    }

    private BigDecimal certificateRate(ClaimType type, String regionPath, LocalDate on, CertificateKind kind,
                                       Integer level, boolean shortage, List<Explanation> steps) {
        Objects.requireNonNull(kind, "kind");
        RateRow row = rates.require(regionPath, type, kind, kind.hasLevel() ? level : null, on);
        BigDecimal value = row.amount();
        steps.add(rateStep(row));
        if (shortage && settings.shortageUplift().signum() > 0) {
            value = Yuan.of(value.multiply(BigDecimal.ONE.add(settings.shortageUplift())));
            steps.add(Explanation.of("subsidy.amount.shortage", settings.shortageUplift(), value));
        }
        return value;
    }

    private Amount perUnit(ClaimType type, String key, String regionPath, LocalDate on, int units) {
        if (units < 0) {
            throw new DomainException("subsidy.amount.unitsNegative");
        }
        RateRow row = rates.require(regionPath, type, null, null, on);
        BigDecimal value = Yuan.of(row.amount().multiply(BigDecimal.valueOf(units)));
        List<Explanation> steps = new ArrayList<>();
        steps.add(rateStep(row));
        steps.add(Explanation.of(key, units, row.amount(), value));
        steps.add(Explanation.of("subsidy.amount.total", value));
        return new Amount(value, steps);
    }

    private static Explanation rateStep(RateRow row) {
        return row.isDefault()
                ? Explanation.of("subsidy.amount.rate.default", row.amount())
                : Explanation.of("subsidy.amount.rate", row.amount(), row.validFrom());
    }
}
