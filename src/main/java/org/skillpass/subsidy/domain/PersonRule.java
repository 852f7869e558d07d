package org.skillpass.subsidy.domain;

import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R6: who the person was at the time of training ({@link ClaimFacts#judgedOn()}), whatever they are now.
 * <ul>
 *   <li>Category: one of {@link #ELIGIBLE_CATEGORIES} — every category the platform records
 *       (农村转移就业劳动者, 登记失业人员, 就业困难人员, 两后生, 脱贫/防返贫监测对象, 企业职工) except OTHER, which
 *       names no subsidised group. No hukou restriction. A region may pass its own set.</li>
 *   <li>Status: declared STUDENT (在校学生) or PENSIONER (已退休) is refused; UNSPECIFIED, EMPLOYED and
 *       UNEMPLOYED pass.</li>
 *   <li>Age in completed years on that day ({@link Period#between}): at least {@code minAge} (16) and at
 *       most {@code maxAge} (60 men / 55 women), both inclusive. So a man may train up to the day before
 *       his 61st birthday; on his 61st birthday he is too old. The 16th birthday itself is old enough. A
 *       29 February birthday is reached on 1 March in other years.</li>
 * </ul>
 * (The attendance fraud flag {@code FraudRules.pensioner} fires from age 60 / 55: that only asks for a
 * review, while this rule follows DOMAIN.md's "16–60" with 60 included.) One refusal is reported, checked
 * in this order: category, status, age.
 */
public final class PersonRule implements EligibilityRule {

    public static final String NAME = "R6_PERSON";

    public static final Set<LearnerCategory> ELIGIBLE_CATEGORIES = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(LearnerCategory.OTHER)));

    private final Set<LearnerCategory> eligible;

    public PersonRule() {
        this(ELIGIBLE_CATEGORIES);
    }

    public PersonRule(Set<LearnerCategory> eligibleCategories) {
        this.eligible = Set.copyOf(eligibleCategories);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Refusal> check(ClaimFacts facts) {
        LocalDate on = facts.judgedOn();
        if (facts.category() == null) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.category.unknown"));
        }
        if (!eligible.contains(facts.category())) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.category"));
        }
        if (facts.status() == LearnerStatus.STUDENT) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.status.student", on));
        }
        if (facts.status() == LearnerStatus.PENSIONER) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.status.pensioner", on));
        }
        if (facts.birthDate() == null || facts.gender() == null) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.age.unknown"));
        }
        int age = age(facts.birthDate(), on);
        SubsidySettings s = facts.settings();
        if (age < s.minAge()) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.age.young", age, on, s.minAge()));
        }
        if (age > s.maxAge(facts.gender())) {
            return Optional.of(Refusal.of(NAME, "subsidy.rule.age.old", age, on, s.maxAge(facts.gender())));
        }
        return Optional.empty();
    }

    /** Age in completed years on a day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }
}
