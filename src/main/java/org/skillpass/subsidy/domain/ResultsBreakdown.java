package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a pay-for-results scheme owes for a class: one line per payment, the total per trainee (zero
 * for trainees owed nothing, in the order given), the class total, and how it was reached.
 */
public record ResultsBreakdown(List<Line> lines, Map<String, BigDecimal> perTrainee, BigDecimal total,
                               List<Explanation> explanation) {

    /**
     * One payment for one trainee.
     *
     * @param basisKey a message key saying what is paid for, e.g. {@code subsidy.results.tranche.CERTIFIED}
     */
    public record Line(String trainee, String basisKey, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(trainee, "trainee");
            Objects.requireNonNull(basisKey, "basisKey");
            amount = Yuan.of(amount);
        }
    }

    public ResultsBreakdown {
        lines = List.copyOf(lines);
        perTrainee = Collections.unmodifiableMap(new LinkedHashMap<>(perTrainee));
        total = Yuan.of(total);
        explanation = List.copyOf(explanation);
    }

    /** Builds the per-trainee totals and the class total from the lines. */
    static ResultsBreakdown of(List<TraineeOutcome> trainees, List<Line> lines, List<Explanation> explanation) {
        Map<String, BigDecimal> per = new LinkedHashMap<>();
        for (TraineeOutcome t : trainees) {
            if (per.put(t.trainee(), Yuan.ZERO) != null) {
                throw new IllegalArgumentException("trainee listed twice: " + t.trainee());
            }
        }
        BigDecimal total = Yuan.ZERO;
        for (Line l : lines) {
            per.merge(l.trainee(), l.amount(), BigDecimal::add);
            total = total.add(l.amount());
        }
        return new ResultsBreakdown(lines, per, total, explanation);
    }

    public BigDecimal totalFor(String trainee) {
        return perTrainee.getOrDefault(trainee, Yuan.ZERO);
    }
}
