package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 跟踪回访 of one trainee after a class: outcomes at 3 and 6 months after completion. Immutable —
 * {@link #record} returns a new value. Checkpoint dates follow {@link LocalDate#plusMonths} (a class
 * completed on 31 Aug is due on 30 Nov and 28/29 Feb). A follow-up may not be recorded before its
 * checkpoint is due: a "6-month" answer given at month 4 says nothing about month 6. Several records per
 * checkpoint are allowed (an unreachable trainee called again); the latest by date counts, and on the
 * same day the one recorded last.
 */
public record EmploymentFollowUp(LocalDate classCompleted, List<FollowUp> followUps) {

    public static final List<Integer> CHECKPOINTS = List.of(3, 6);

    public EmploymentFollowUp {
        Objects.requireNonNull(classCompleted, "classCompleted");
        followUps = List.copyOf(followUps);
    }

    public static EmploymentFollowUp after(LocalDate classCompleted) {
        return new EmploymentFollowUp(classCompleted, List.of());
    }

    /** The day the checkpoint {@code months} after completion is due. */
    public LocalDate due(int months) {
        return classCompleted.plusMonths(months);
    }

    /** @throws DomainException {@code subsidy.followUp.early} before the checkpoint is due */
    public EmploymentFollowUp record(FollowUp followUp) {
        LocalDate due = due(followUp.checkpointMonths());
        if (followUp.recordedOn().isBefore(due)) {
            throw new DomainException("subsidy.followUp.early", followUp.checkpointMonths(), due);
        }
        List<FollowUp> all = new ArrayList<>(followUps);
        all.add(followUp);
        return new EmploymentFollowUp(classCompleted, all);
    }

    /** The follow-up that counts for a checkpoint: the latest recorded. */
    public Optional<FollowUp> latest(int months) {
        FollowUp found = null;
        for (FollowUp f : followUps) {
            if (f.checkpointMonths() == months && (found == null || !f.recordedOn().isBefore(found.recordedOn()))) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Employed at six months: the 6-month checkpoint's latest outcome is EMPLOYED, from either source.
     * No record yet, NOT_EMPLOYED and UNREACHABLE all count as not employed — the employment rate is
     * never flattered by people nobody could reach. The 3-month outcome does not count: someone
     * employed at 3 months may have left by 6. This is the statistic for reports and the employment rate;
     * paying for results also needs the evidence in {@link TraineeOutcome#employmentProven()}.
     */
    public boolean employedAtSixMonths() {
        return latest(6).map(f -> f.outcome() == FollowUpOutcome.EMPLOYED).orElse(false);
    }

    /** Due on or before {@code today} and nothing recorded yet: for the institution's to-call list. */
    public boolean overdue(int months, LocalDate today) {
        return !today.isBefore(due(months)) && latest(months).isEmpty();
    }
}
