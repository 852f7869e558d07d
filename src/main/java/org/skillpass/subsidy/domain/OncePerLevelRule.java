package org.skillpass.subsidy.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * R2: for the same occupation, one subsidy per level, and never a lower level after a higher one.
 * Levels are numbered as the national standard numbers them: 5 (五级) is the entry level and 1 (一级)
 * the highest, so "lower" means a <em>larger</em> number — a claim for level 4 after a level 3 claim is
 * refused; a claim for level 3 after level 4 is the normal progression and passes.
 *
 * <p>Judged per claim type (TRAINING and ASSESSMENT each once per occupation and level: the training and
 * the assessment subsidy for one certificate are two different subsidies). Prior claims count when
 * SUBMITTED to PAID: a pending higher-level claim blocks a lower one too, since approving both would break
 * the rule; once the higher claim is rejected the lower one can be claimed. Claims without a level
 * (专项职业能力, 培训合格) are once per occupation code and take no part in the level ordering.
 */
public final class OncePerLevelRule implements EligibilityRule {

    public static final String NAME = "R2_ONCE_PER_LEVEL";

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
        String occupation = facts.occupationCode();
        if (occupation == null) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.occupation.unknown"));
        }
        Integer level = facts.level();
        Optional<PriorClaim> same = facts.priorClaims().stream()
                .filter(c -> c.counts() && c.type() == facts.claimType() && occupation.equals(c.occupationCode()))
                .filter(c -> Objects.equals(c.level(), level))
                .findFirst();
        if (same.isPresent()) {
            return Optional.of(level == null
                    ? Refusal.of(NAME, "subsidy.rule.sameOccupation", occupation)
                    : Refusal.of(NAME, "subsidy.rule.sameLevel", occupation, level));
        }
        if (level == null) {
            return Optional.empty();
        }
        return facts.priorClaims().stream()
                .filter(c -> c.counts() && c.type() == facts.claimType() && occupation.equals(c.occupationCode()))
                .filter(c -> c.level() != null && c.level() < level)
                .map(PriorClaim::level)
                .min(Integer::compare)
                .map(higher -> Refusal.of(NAME, "subsidy.rule.lowerLevel", occupation, level, higher));
    }
}
