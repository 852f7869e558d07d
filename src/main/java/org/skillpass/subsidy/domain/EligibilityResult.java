package org.skillpass.subsidy.domain;

import java.util.List;

/**
 * What all rules said about one claim: every refusal (not just the first, so the applicant can fix
 * everything at once), the rules that passed, and the rules that did not concern this claim.
 */
public record EligibilityResult(List<Refusal> refusals, List<String> passed, List<String> notApplicable) {

    public EligibilityResult {
        refusals = List.copyOf(refusals);
        passed = List.copyOf(passed);
        notApplicable = List.copyOf(notApplicable);
    }

    public boolean eligible() {
        return refusals.isEmpty();
    }
}
