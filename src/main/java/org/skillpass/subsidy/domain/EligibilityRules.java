package org.skillpass.subsidy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a set of eligibility rules over one claim's facts and collects every answer. */
public final class EligibilityRules {

    private final List<EligibilityRule> rules;

    public EligibilityRules(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** R1–R7 of DOMAIN.md, in that order. */
    public static EligibilityRules standard() {
        return new EligibilityRules(List.of(new YearlyQuotaRule(), new OncePerLevelRule(), new FirstAssessmentRule(),
                new ClaimWindowRule(), new AttendanceRule(), new PersonRule(), new PayeeRule()));
    }

    public EligibilityResult evaluate(ClaimFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            if (!rule.appliesTo(facts)) {
                notApplicable.add(rule.name());
                continue;
            }
            Optional<Refusal> refusal = rule.check(facts);
            if (refusal.isPresent()) {
                refusals.add(refusal.get());
            } else {
                passed.add(rule.name());
            }
        }
        return new EligibilityResult(refusals, passed, notApplicable);
    }

    public List<EligibilityRule> rules() {
        return rules;
    }
}
