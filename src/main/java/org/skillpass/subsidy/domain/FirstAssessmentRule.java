package org.skillpass.subsidy.domain;

import java.util.Optional;

/**
 * R3: the assessment subsidy is only for a skill-level or special-ability certificate (a training
 * completion certificate involves no assessment) and only for the first assessment attempt — retakes
 * are the candidate's own cost. When both fail the certificate kind is reported, as it is the more basic.
 */
public final class FirstAssessmentRule implements EligibilityRule {

    public static final String NAME = "R3_FIRST_ASSESSMENT";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(ClaimFacts facts) {
        return facts.claimType() == ClaimType.ASSESSMENT;
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        if (!appliesTo(facts)) {
            return Optional.empty();
        }
        CertificateKind kind = facts.certificateKind();
        if (kind != CertificateKind.SKILL_LEVEL && kind != CertificateKind.SPECIAL_ABILITY) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.assessment.kind"));
        }
        if (!facts.firstAssessmentAttempt()) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.assessment.retake"));
        }
        return Optional.empty();
    }
}
