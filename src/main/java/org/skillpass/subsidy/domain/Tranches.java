package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pay in tranches, one per milestone, each on its own: a trainee who is employed ≥ 6 months (proven,
 * {@link TraineeOutcome#employmentProven()}) earns the employment tranche even without the certificate,
 * and a certified trainee earns the certificate tranche whether or not employed. The shares add up to
 * exactly 1; each tranche is rounded half up to fen on its own.
 */
public record Tranches(List<Tranche> tranches) implements PayForResults {

    /** DOMAIN.md's example: 50 % when certified, 50 % when employed ≥ 6 months. */
    public static final Tranches DEFAULT = new Tranches(List.of(
            new Tranche(Milestone.CERTIFIED, new BigDecimal("0.50")),
            new Tranche(Milestone.EMPLOYED_6M, new BigDecimal("0.50"))));

    public Tranches {
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty()) {
            throw new IllegalArgumentException("at least one tranche");
        }
        Set<Milestone> seen = EnumSet.noneOf(Milestone.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (Tranche t : tranches) {
            if (!seen.add(t.milestone())) {
                throw new IllegalArgumentException("milestone twice: " + t.milestone());
            }
            sum = sum.add(t.share());
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("shares must add up to 1, not " + sum);
        }
    }

    @Override
    public ResultsBreakdown pay(BigDecimal ratePerTrainee, List<TraineeOutcome> trainees) {
        Objects.requireNonNull(ratePerTrainee, "ratePerTrainee");
        List<ResultsBreakdown.Line> lines = new ArrayList<>();
        List<Explanation> why = new ArrayList<>();
        for (Tranche t : tranches) {
            BigDecimal amount = Yuan.of(ratePerTrainee.multiply(t.share()));
            long reached = 0;
            for (TraineeOutcome trainee : trainees) {
                if (reached(t.milestone(), trainee)) {
                    lines.add(new ResultsBreakdown.Line(trainee.trainee(), key(t.milestone()), amount));
                    reached++;
                }
            }
            why.add(Explanation.of(key(t.milestone()) + ".explained", t.share(), amount, reached));
        }
        return ResultsBreakdown.of(trainees, lines, why);
    }

    static boolean reached(Milestone milestone, TraineeOutcome trainee) {
        return switch (milestone) {
            case CERTIFIED -> trainee.certified();
            case EMPLOYED_6M -> trainee.employmentProven();
        };
    }

    private static String key(Milestone milestone) {
        return "subsidy.results.tranche." + milestone.name();
    }
}
