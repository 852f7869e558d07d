package org.skillpass.subsidy.domain;

import java.util.Objects;

/**
 * What one trainee of a pay-for-results class achieved.
 *
 * @param trainee           an identifier the caller understands (enrolment id, masked name …), unique in the class
 * @param certified         passed the final assessment / received the certificate
 * @param employedSixMonths employed for at least 6 months after completion (see {@link EmploymentFollowUp})
 * @param contractOnFile    a labour contract is on file
 * @param wageSlips         wage slips (工资流水) on file
 */
public record TraineeOutcome(String trainee, boolean certified, boolean employedSixMonths, boolean contractOnFile,
                             int wageSlips) {

    /** DOMAIN.md: employment ≥ 6 months is proven by a contract and 2 wage slips. */
    public static final int REQUIRED_WAGE_SLIPS = 2;

    public TraineeOutcome {
        Objects.requireNonNull(trainee, "trainee");
        if (wageSlips < 0) {
            throw new IllegalArgumentException("wageSlips must not be negative");
        }
    }

    /**
     * Employed ≥ 6 months <em>and</em> proven by contract plus 2 wage slips. Public money pays only for
     * proven employment, so both pay-for-results schemes (the tranche and the employment rate) count this,
     * never the bare claim.
     */
    public boolean employmentProven() {
        return employedSixMonths && contractOnFile && wageSlips >= REQUIRED_WAGE_SLIPS;
    }
}
