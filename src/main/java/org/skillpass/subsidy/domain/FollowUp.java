package org.skillpass.subsidy.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One recorded follow-up: at which checkpoint (3 or 6 months), when, what was found and who said so. */
public record FollowUp(int checkpointMonths, LocalDate recordedOn, FollowUpOutcome outcome, FollowUpSource source) {

    public FollowUp {
        Objects.requireNonNull(recordedOn, "recordedOn");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(source, "source");
        if (!EmploymentFollowUp.CHECKPOINTS.contains(checkpointMonths)) {
            throw new IllegalArgumentException("checkpoints are " + EmploymentFollowUp.CHECKPOINTS + ": " + checkpointMonths);
        }
    }
}
