package org.skillpass.subsidy.domain;

import java.util.Optional;

/**
 * One named eligibility rule (DOMAIN.md, Subsidies → Eligibility). A rule judges plain facts and says
 * why when it refuses; it never throws for a claim it dislikes. A rule that does not concern the claim's
 * type returns empty from {@link #check} and false from {@link #appliesTo}.
 */
public interface EligibilityRule {

    /** A stable name for logs, tests and the display key {@code subsidy.rule.name.<name>}, e.g. "R1_YEARLY_QUOTA". */
    String name();

    /** Whether the rule concerns this claim at all (e.g. attendance does not concern assessment claims). */
    default boolean appliesTo(ClaimFacts facts) {
        return true;
    }

    Optional<Refusal> check(ClaimFacts facts);
}
