package org.skillpass.subsidy.domain;

import java.util.Optional;

/**
 * R1: at most {@link SubsidySettings#maxClaimsPerYear()} (3) subsidies per person per calendar year,
 * all claim types together and whoever is paid. The year is the calendar year of the claim date; prior
 * claims count when SUBMITTED to PAID. With 2 counted claims in the year a third passes; with 3 the new
 * claim would be the fourth and is refused.
 */
public final class YearlyQuotaRule implements EligibilityRule {

    public static final String NAME = "R1_YEARLY_QUOTA";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        int year = facts.claimDate().getYear();
        long count = facts.priorClaims().stream().filter(c -> c.counts() && c.year() == year).count();
        int max = facts.settings().maxClaimsPerYear();
        return count < max ? Optional.empty()
                : Optional.of(Refusal.of(NAME, "subsidy.rule.quota", count, String.valueOf(year), max));
    }
}
