package org.skillpass.subsidy.domain;

import java.util.Optional;

/**
 * R7: when someone other than the learner is paid (垫付 by institution, assessment body or employer), the
 * learner's signed 代为申请 agreement must be on file — the money is the learner's entitlement. An
 * employer may be the payee only for a TRAINING claim of pre-job / order training it commissioned.
 * When both fail the employer restriction is reported, as no agreement can cure it.
 */
public final class PayeeRule implements EligibilityRule {

    public static final String NAME = "R7_PAYEE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        if (facts.payeeType() == PayeeType.LEARNER) {
            return Optional.empty();
        }
        if (facts.payeeType() == PayeeType.EMPLOYER
                && !(facts.claimType() == ClaimType.TRAINING && facts.orderTraining())) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.payee.employer"));
        }
        if (!facts.agreementOnFile()) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.payee.agreement"));
        }
        return Optional.empty();
    }
}
