package org.skillpass.subsidy.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R4: TRAINING and ASSESSMENT claims need a certificate and must be made within
 * {@link SubsidySettings#claimWindowMonths()} (12) months of its issue date. The last allowed day is
 * {@code issued.plusMonths(12)} — the same calendar day a year later, inclusive; the day after is refused.
 * Month ends follow {@link LocalDate#plusMonths}: a certificate issued on 29 Feb 2024 may be claimed until
 * 28 Feb 2025. A training-completion certificate (培训合格) counts as the certificate for a training claim.
 * A claim dated before the issue date is refused too: there is nothing to claim for yet.
 */
public final class ClaimWindowRule implements EligibilityRule {

    public static final String NAME = "R4_CLAIM_WINDOW";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(ClaimFacts facts) {
        return facts.claimType().needsCertificate();
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        if (!appliesTo(facts)) {
            return Optional.empty();
        }
        LocalDate issued = facts.certificateIssued();
        if (facts.certificateKind() == null || issued == null) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.certificate.missing"));
        }
        if (facts.claimDate().isBefore(issued)) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.certificate.notYetIssued", issued));
        }
        LocalDate lastDay = lastDay(issued, facts.settings());
        if (facts.claimDate().isAfter(lastDay)) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.certificate.late", issued, lastDay));
        }
        return Optional.empty();
    }

    /** The last day a claim for a certificate issued on {@code issued} is accepted. */
    public static LocalDate lastDay(LocalDate issued, SubsidySettings settings) {
        return issued.plusMonths(settings.claimWindowMonths());
    }
}
