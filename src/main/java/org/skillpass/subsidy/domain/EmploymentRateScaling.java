package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pay scaled by the class's 6-month employment rate r = employed / trained, where "employed" counts
 * trainees with {@link TraineeOutcome#employmentProven() proven} employment ≥ 6 months and "trained" all
 * trainees who completed the class. Bands (defaults 30 % and 50 %, compared exactly, no rounding of r):
 * <ul>
 *   <li>{@link Band#EMPLOYED_ONLY} r &lt; 30 %: only employed trainees, at the base rate;</li>
 *   <li>{@link Band#BASE} 30 % ≤ r &lt; 50 %: the base rate for every trainee who is certified <em>or</em>
 *       employed — DOMAIN.md says "base"; we pay for results, so trainees with neither get nothing, and
 *       an employed trainee never loses the payment the lower band would have given;</li>
 *   <li>{@link Band#HIGH} r ≥ 50 %: 120 % for every trainee certified or employed, 140 % for those
 *       certified <em>and</em> employed.</li>
 * </ul>
 * Exactly 30 % is BASE and exactly 50 % is HIGH. An empty class pays nothing.
 */
public record EmploymentRateScaling(BigDecimal lowerThreshold, BigDecimal upperThreshold, BigDecimal highFactor,
                                    BigDecimal bothFactor) implements PayForResults {

    public static final EmploymentRateScaling DEFAULT = new EmploymentRateScaling(new BigDecimal("0.30"),
            new BigDecimal("0.50"), new BigDecimal("1.20"), new BigDecimal("1.40"));

    public enum Band { EMPLOYED_ONLY, BASE, HIGH }

    public EmploymentRateScaling {
        Objects.requireNonNull(lowerThreshold, "lowerThreshold");
        Objects.requireNonNull(upperThreshold, "upperThreshold");
        Objects.requireNonNull(highFactor, "highFactor");
        Objects.requireNonNull(bothFactor, "bothFactor");
        if (lowerThreshold.signum() < 0 || upperThreshold.compareTo(lowerThreshold) < 0
                || upperThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= lower <= upper <= 1");
        }
        if (highFactor.signum() <= 0 || bothFactor.compareTo(highFactor) < 0) {
            throw new IllegalArgumentException("factors must satisfy 0 < high <= both");
        }
    }

    /** The band for a class with {@code employed} of {@code trained} trainees employed; exact comparison. */
    public Band band(long employed, long trained) {
        if (trained <= 0) {
            return Band.EMPLOYED_ONLY;
        }
        BigDecimal e = BigDecimal.valueOf(employed);
        BigDecimal t = BigDecimal.valueOf(trained);
        if (e.compareTo(t.multiply(upperThreshold)) >= 0) {
            return Band.HIGH;
        }
        return e.compareTo(t.multiply(lowerThreshold)) >= 0 ? Band.BASE : Band.EMPLOYED_ONLY;
    }

    @Override
    public ResultsBreakdown pay(BigDecimal ratePerTrainee, List<TraineeOutcome> trainees) {
        Objects.requireNonNull(ratePerTrainee, "ratePerTrainee");
        long trained = trainees.size();
        long employed = trainees.stream().filter(TraineeOutcome::employmentProven).count();
        Band band = band(employed, trained);
        BigDecimal base = Yuan.of(ratePerTrainee);
        BigDecimal high = Yuan.of(ratePerTrainee.multiply(highFactor));
        BigDecimal both = Yuan.of(ratePerTrainee.multiply(bothFactor));
        List<ResultsBreakdown.Line> lines = new ArrayList<>();
        for (TraineeOutcome t : trainees) {
            boolean emp = t.employmentProven();
            boolean cert = t.certified();
            switch (band) {
                case EMPLOYED_ONLY -> {
                    if (emp) {
                        lines.add(new ResultsBreakdown.Line(t.trainee(), "subsidy.results.scaled.employed", base));
                    }
                }
                case BASE -> {
                    if (emp || cert) {
                        lines.add(new ResultsBreakdown.Line(t.trainee(), "subsidy.results.scaled.base", base));
                    }
                }
                case HIGH -> {
                    if (emp && cert) {
                        lines.add(new ResultsBreakdown.Line(t.trainee(), "subsidy.results.scaled.both", both));
                    } else if (emp || cert) {
                        lines.add(new ResultsBreakdown.Line(t.trainee(), "subsidy.results.scaled.high", high));
                    }
                }
            }
        }
        BigDecimal rate = trained == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(employed).divide(BigDecimal.valueOf(trained), MathContext.DECIMAL64);
        List<Explanation> why = List.of(
                Explanation.of("subsidy.results.employmentRate", employed, trained, rate),
                Explanation.of("subsidy.results.band." + band.name(), lowerThreshold, upperThreshold,
                        highFactor, bothFactor));
        return ResultsBreakdown.of(trainees, lines, why);
    }
}
