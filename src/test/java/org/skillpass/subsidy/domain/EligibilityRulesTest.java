package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.shared.domain.Gender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillpass.subsidy.domain.ClaimState.*;
import static org.skillpass.subsidy.domain.ClaimType.*;

/** Eligibility rules R1–R7 of DOMAIN.md, each at its boundary, and the runner that collects them all. */
class EligibilityRulesTest {

    static final String WELDER = "6-18-02-04";
    static final LocalDate CLAIMED = LocalDate.of(2026, 6, 15);
    static final LocalDate ISSUED = LocalDate.of(2026, 5, 20);
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** A training claim every rule accepts; each test changes one fact. */
    static ClaimFacts.Builder good(ClaimType type) {
        return ClaimFacts.builder(type, CLAIMED, PayeeType.LEARNER)
                .occupation(WELDER, 4)
                .certificate(CertificateKind.SKILL_LEVEL, ISSUED, true)
                .attendance(new BigDecimal("100"), new BigDecimal("100"))
                .training(START, LocalDate.of(2026, 4, 30))
                .person(LocalDate.of(1990, 5, 1), Gender.MALE, LearnerCategory.RURAL_TRANSFER, LearnerStatus.UNEMPLOYED);
    }

    static ClaimFacts.Builder good() {
        return good(TRAINING);
    }

    static PriorClaim prior(ClaimType type, int year, String occupation, Integer level, ClaimState state) {
        return new PriorClaim(type, year, occupation, level, state);
    }

    @Test
    void aGoodClaimPassesEveryRule() {
        EligibilityResult r = EligibilityRules.standard().evaluate(good().build());
        assertThat(r.eligible()).isTrue();
        assertThat(r.refusals()).isEmpty();
        assertThat(r.passed()).containsExactly(YearlyQuotaRule.NAME, OncePerLevelRule.NAME, ClaimWindowRule.NAME,
                AttendanceRule.NAME, PersonRule.NAME, PayeeRule.NAME);
        assertThat(r.notApplicable()).containsExactly(FirstAssessmentRule.NAME);
    }

    @Test
    void everyRefusalIsReportedNotJustTheFirst() {
        ClaimFacts f = good()
                .attendance(new BigDecimal("100"), new BigDecimal("50"))
                .certificate(CertificateKind.SKILL_LEVEL, CLAIMED.minusMonths(13), true)
                .payee(PayeeType.INSTITUTION)
                .build();
        EligibilityResult r = EligibilityRules.standard().evaluate(f);
        assertThat(r.eligible()).isFalse();
        assertThat(r.refusals()).extracting(Refusal::rule)
                .containsExactly(ClaimWindowRule.NAME, AttendanceRule.NAME, PayeeRule.NAME);
        assertThat(r.passed()).containsExactly(YearlyQuotaRule.NAME, OncePerLevelRule.NAME, PersonRule.NAME);
    }

    @Test
    void ruleNamesAreDistinct() {
        assertThat(EligibilityRules.standard().rules()).extracting(EligibilityRule::name).doesNotHaveDuplicates()
                .containsExactly("R1_YEARLY_QUOTA", "R2_ONCE_PER_LEVEL", "R3_FIRST_ASSESSMENT", "R4_CLAIM_WINDOW",
                        "R5_ATTENDANCE", "R6_PERSON", "R7_PAYEE");
    }

    @Nested
    class R1YearlyQuota {
        final YearlyQuotaRule rule = new YearlyQuotaRule();

        Optional<Refusal> withPrior(List<PriorClaim> prior) {
            return rule.check(good().priorClaims(prior).build());
        }

        @Test
        void theThirdClaimOfTheYearPassesTheFourthIsRefused() {
            List<PriorClaim> two = List.of(prior(TRAINING, 2026, "a", 5, PAID),
                    prior(ASSESSMENT, 2026, "a", 5, APPROVED));
            assertThat(withPrior(two)).isEmpty();

            List<PriorClaim> three = new ArrayList<>(two);
            three.add(prior(LIVING_ALLOWANCE, 2026, null, null, SUBMITTED));
            assertThat(withPrior(three)).contains(Refusal.of(YearlyQuotaRule.NAME, "subsidy.rule.quota", 3L, "2026", 3));
        }

        @Test
        void allTypesAndPayeesTogetherPendingIncluded() {
            List<PriorClaim> three = List.of(prior(APPRENTICESHIP, 2026, null, null, UNDER_REVIEW),
                    prior(ASSESSMENT, 2026, "b", 3, PUBLIC_NOTICE), prior(TRAINING, 2026, "c", 5, PAYABLE));
            assertThat(withPrior(three)).isPresent();
        }

        @Test
        void draftsRejectedAndRecoveredClaimsDoNotCount() {
            List<PriorClaim> prior = List.of(prior(TRAINING, 2026, "a", 5, PAID), prior(TRAINING, 2026, "b", 5, PAID),
                    prior(TRAINING, 2026, "c", 5, DRAFT), prior(TRAINING, 2026, "d", 5, REJECTED),
                    prior(TRAINING, 2026, "e", 5, RECOVERED));
            assertThat(withPrior(prior)).isEmpty();
        }

        @Test
        void onlyTheCalendarYearOfTheClaimDateCounts() {
            List<PriorClaim> lastYear = List.of(prior(TRAINING, 2025, "a", 5, PAID), prior(TRAINING, 2025, "b", 5, PAID),
                    prior(TRAINING, 2025, "c", 5, PAID));
            assertThat(withPrior(lastYear)).isEmpty();
            ClaimFacts newYearsEve = ClaimFacts.builder(TRAINING, LocalDate.of(2025, 12, 31), PayeeType.LEARNER)
                    .priorClaims(lastYear).build();
            assertThat(rule.check(newYearsEve)).isPresent();
        }

        @Test
        void theLimitIsASetting() {
            SubsidySettings one = new SubsidySettings(1, 12, new BigDecimal("0.80"), 16, 60, 55,
                    new BigDecimal("0.30"), 5, 10);
            ClaimFacts f = good().settings(one).priorClaims(List.of(prior(TRAINING, 2026, "a", 5, PAID))).build();
            assertThat(rule.check(f)).isPresent();
        }
    }

    @Nested
    class R2OncePerLevel {
        final OncePerLevelRule rule = new OncePerLevelRule();

        Optional<Refusal> level4With(PriorClaim... prior) {
            return rule.check(good().priorClaims(List.of(prior)).build());
        }

        @Test
        void sameOccupationAndLevelOnlyOnce() {
            assertThat(level4With(prior(TRAINING, 2024, WELDER, 4, PAID)))
                    .contains(Refusal.of(OncePerLevelRule.NAME, "subsidy.rule.sameLevel", WELDER, 4));
            assertThat(level4With(prior(TRAINING, 2024, WELDER, 4, SUBMITTED))).as("pending counts").isPresent();
        }

        @Test
        void aRejectedOrRecoveredClaimCanBeMadeAgain() {
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 4, REJECTED))).isEmpty();
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 4, RECOVERED))).isEmpty();
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 4, DRAFT))).isEmpty();
        }

        @Test
        void levelFourAfterLevelThreeIsRefused() {
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 3, APPROVED)))
                    .contains(Refusal.of(OncePerLevelRule.NAME, "subsidy.rule.lowerLevel", WELDER, 4, 3));
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 1, PAID))).isPresent();
        }

        @Test
        void theHighestLevelHeldIsNamed() {
            assertThat(level4With(prior(TRAINING, 2024, WELDER, 3, PAID), prior(TRAINING, 2025, WELDER, 2, PAID)))
                    .contains(Refusal.of(OncePerLevelRule.NAME, "subsidy.rule.lowerLevel", WELDER, 4, 2));
        }

        @Test
        void levelFourAfterLevelFiveIsTheNormalProgression() {
            assertThat(level4With(prior(TRAINING, 2025, WELDER, 5, PAID))).isEmpty();
        }

        @Test
        void otherOccupationsAndClaimTypesDoNotCount() {
            assertThat(level4With(prior(TRAINING, 2025, "4-03-02-01", 3, PAID))).isEmpty();
            assertThat(level4With(prior(ASSESSMENT, 2025, WELDER, 4, PAID))).as("assessment is another subsidy").isEmpty();
            assertThat(level4With(prior(ASSESSMENT, 2025, WELDER, 3, PAID))).isEmpty();
        }

        @Test
        void certificatesWithoutLevelOncePerOccupation() {
            ClaimFacts special = good().occupation("Z-22-001", null)
                    .certificate(CertificateKind.SPECIAL_ABILITY, ISSUED, true)
                    .priorClaims(List.of(prior(TRAINING, 2025, "Z-22-001", null, PAID))).build();
            assertThat(rule.check(special)).contains(Refusal.of(OncePerLevelRule.NAME, "subsidy.rule.sameOccupation", "Z-22-001"));
            ClaimFacts afterLevels = good().occupation(WELDER, null)
                    .certificate(CertificateKind.TRAINING_COMPLETION, ISSUED, true)
                    .priorClaims(List.of(prior(TRAINING, 2025, WELDER, 3, PAID))).build();
            assertThat(rule.check(afterLevels)).as("no level, no ordering").isEmpty();
        }

        @Test
        void notForLivingAllowanceOrApprenticeship() {
            ClaimFacts f = good(LIVING_ALLOWANCE).priorClaims(List.of(prior(LIVING_ALLOWANCE, 2025, WELDER, 4, PAID))).build();
            assertThat(rule.appliesTo(f)).isFalse();
            assertThat(rule.check(f)).isEmpty();
            assertThat(rule.appliesTo(good(APPRENTICESHIP).build())).isFalse();
        }

        @Test
        void anUnknownOccupationIsRefused() {
            assertThat(rule.check(good().occupation(null, 4).build()))
                    .contains(Refusal.of(OncePerLevelRule.NAME, "subsidy.rule.occupation.unknown"));
        }
    }

    @Nested
    class R3FirstAssessment {
        final FirstAssessmentRule rule = new FirstAssessmentRule();

        @Test
        void firstAttemptAtASkillLevelOrSpecialAbilityCertificate() {
            assertThat(rule.check(good(ASSESSMENT).build())).isEmpty();
            assertThat(rule.check(good(ASSESSMENT).occupation("Z-22-001", null)
                    .certificate(CertificateKind.SPECIAL_ABILITY, ISSUED, true).build())).isEmpty();
        }

        @Test
        void aRetakeIsRefused() {
            assertThat(rule.check(good(ASSESSMENT).certificate(CertificateKind.SKILL_LEVEL, ISSUED, false).build()))
                    .contains(Refusal.of(FirstAssessmentRule.NAME, "subsidy.rule.assessment.retake"));
        }

        @Test
        void aTrainingCompletionCertificateOrNoneIsRefusedAndNamedBeforeTheRetake() {
            assertThat(rule.check(good(ASSESSMENT).certificate(CertificateKind.TRAINING_COMPLETION, ISSUED, false).build()))
                    .contains(Refusal.of(FirstAssessmentRule.NAME, "subsidy.rule.assessment.kind"));
            assertThat(rule.check(good(ASSESSMENT).certificate(null, null, true).build()))
                    .contains(Refusal.of(FirstAssessmentRule.NAME, "subsidy.rule.assessment.kind"));
        }

        @Test
        void onlyForAssessmentClaims() {
            ClaimFacts retakeTraining = good().certificate(CertificateKind.SKILL_LEVEL, ISSUED, false).build();
            assertThat(rule.appliesTo(retakeTraining)).isFalse();
            assertThat(rule.check(retakeTraining)).isEmpty();
        }
    }

    @Nested
    class R4ClaimWindow {
        final ClaimWindowRule rule = new ClaimWindowRule();

        Optional<Refusal> issuedOn(LocalDate issued, LocalDate claimed) {
            return rule.check(ClaimFacts.builder(TRAINING, claimed, PayeeType.LEARNER)
                    .certificate(CertificateKind.SKILL_LEVEL, issued, true).build());
        }

        @Test
        void theSameCalendarDayTwelveMonthsLaterIsTheLastDay() {
            LocalDate issued = LocalDate.of(2025, 6, 15);
            assertThat(issuedOn(issued, LocalDate.of(2026, 6, 14))).isEmpty();
            assertThat(issuedOn(issued, LocalDate.of(2026, 6, 15))).isEmpty();
            assertThat(issuedOn(issued, LocalDate.of(2026, 6, 16))).contains(Refusal.of(ClaimWindowRule.NAME,
                    "subsidy.rule.certificate.late", issued, LocalDate.of(2026, 6, 15)));
        }

        @Test
        void theIssueDayItselfIsFineTheDayBeforeIsNot() {
            assertThat(issuedOn(ISSUED, ISSUED)).isEmpty();
            assertThat(issuedOn(ISSUED, ISSUED.minusDays(1)))
                    .contains(Refusal.of(ClaimWindowRule.NAME, "subsidy.rule.certificate.notYetIssued", ISSUED));
        }

        @Test
        void monthEndsFollowTheCalendar() {
            LocalDate leap = LocalDate.of(2024, 2, 29);
            assertThat(ClaimWindowRule.lastDay(leap, SubsidySettings.DEFAULTS)).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(issuedOn(leap, LocalDate.of(2025, 2, 28))).isEmpty();
            assertThat(issuedOn(leap, LocalDate.of(2025, 3, 1))).isPresent();
        }

        @Test
        void aTrainingCompletionCertificateCountsForTraining() {
            ClaimFacts f = good().occupation(WELDER, null).certificate(CertificateKind.TRAINING_COMPLETION, ISSUED, true).build();
            assertThat(rule.check(f)).isEmpty();
        }

        @Test
        void trainingAndAssessmentNeedACertificate() {
            Refusal missing = Refusal.of(ClaimWindowRule.NAME, "subsidy.rule.certificate.missing");
            assertThat(rule.check(good().certificate(null, null, true).build())).contains(missing);
            assertThat(rule.check(good(ASSESSMENT).certificate(CertificateKind.SKILL_LEVEL, null, true).build())).contains(missing);
        }

        @Test
        void livingAllowanceAndApprenticeshipNeedNone() {
            for (ClaimType t : List.of(LIVING_ALLOWANCE, APPRENTICESHIP)) {
                ClaimFacts f = good(t).certificate(null, null, false).build();
                assertThat(rule.appliesTo(f)).isFalse();
                assertThat(rule.check(f)).isEmpty();
            }
        }
    }

    @Nested
    class R5Attendance {
        final AttendanceRule rule = new AttendanceRule();

        Optional<Refusal> attended(String planned, String attended) {
            return rule.check(good().attendance(new BigDecimal(planned), new BigDecimal(attended)).build());
        }

        @Test
        void eightyPercentExactlyPassesOneHourLessDoesNot() {
            assertThat(attended("100", "81")).isEmpty();
            assertThat(attended("100", "80")).isEmpty();
            assertThat(attended("100", "79")).contains(Refusal.of(AttendanceRule.NAME, "subsidy.rule.attendance",
                    new BigDecimal("79"), new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("0.80")));
        }

        @Test
        void comparedExactlyWithoutRounding() {
            assertThat(attended("100", "79.9")).isPresent();
            assertThat(attended("56", "44.8")).as("44.8 / 56 = 0.8").isEmpty();
            assertThat(attended("56", "44.7")).isPresent();
            assertThat(attended("90", "72")).isEmpty();
            assertThat(attended("90", "71.5")).isPresent();
        }

        @Test
        void appliesToLivingAllowanceToo() {
            ClaimFacts f = good(LIVING_ALLOWANCE).attendance(new BigDecimal("100"), new BigDecimal("79")).build();
            assertThat(rule.check(f)).isPresent();
        }

        @Test
        void notToAssessmentOrApprenticeship() {
            for (ClaimType t : List.of(ASSESSMENT, APPRENTICESHIP)) {
                ClaimFacts f = good(t).attendance(new BigDecimal("100"), BigDecimal.ZERO).build();
                assertThat(rule.appliesTo(f)).isFalse();
                assertThat(rule.check(f)).isEmpty();
            }
        }

        @Test
        void unknownHoursAreRefused() {
            Refusal unknown = Refusal.of(AttendanceRule.NAME, "subsidy.rule.attendance.unknown");
            assertThat(rule.check(good().attendance(null, BigDecimal.TEN).build())).contains(unknown);
            assertThat(rule.check(good().attendance(BigDecimal.ZERO, BigDecimal.ZERO).build())).contains(unknown);
            assertThat(rule.check(good().attendance(BigDecimal.TEN, null).build())).contains(unknown);
        }

        @Test
        void theMinimumIsASetting() {
            SubsidySettings ninety = new SubsidySettings(3, 12, new BigDecimal("0.90"), 16, 60, 55,
                    new BigDecimal("0.30"), 5, 10);
            assertThat(rule.check(good().settings(ninety).attendance(new BigDecimal("100"), new BigDecimal("89")).build())).isPresent();
            assertThat(rule.check(good().settings(ninety).attendance(new BigDecimal("100"), new BigDecimal("90")).build())).isEmpty();
        }
    }

    @Nested
    class R6Person {
        final PersonRule rule = new PersonRule();

        Optional<Refusal> born(LocalDate birth, Gender gender) {
            return rule.check(good().person(birth, gender, LearnerCategory.RURAL_TRANSFER, LearnerStatus.EMPLOYED).build());
        }

        @Test
        void sixteenOnTheBirthdayNotTheDayBefore() {
            assertThat(born(START.minusYears(16), Gender.FEMALE)).isEmpty();
            assertThat(born(START.minusYears(16).plusDays(1), Gender.FEMALE))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.age.young", 15, START, 16));
        }

        @Test
        void aManOfSixtyPassesUntilTheDayBeforeHisSixtyFirstBirthday() {
            assertThat(born(START.minusYears(60), Gender.MALE)).as("60th birthday").isEmpty();
            assertThat(born(START.minusYears(61).plusDays(1), Gender.MALE)).as("day before 61st").isEmpty();
            assertThat(born(START.minusYears(61), Gender.MALE)).as("61st birthday")
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.age.old", 61, START, 60));
        }

        @Test
        void aWomanOfFiftyFivePassesUntilHerFiftySixthBirthday() {
            assertThat(born(START.minusYears(56).plusDays(1), Gender.FEMALE)).isEmpty();
            assertThat(born(START.minusYears(56), Gender.FEMALE))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.age.old", 56, START, 55));
            assertThat(born(START.minusYears(56), Gender.MALE)).as("a man of 56").isEmpty();
        }

        @Test
        void ageIsJudgedAtTheTrainingStartNotAtTheClaim() {
            // 61 at the claim date, still 60 when training started
            LocalDate birth = START.minusYears(61).plusDays(1);
            ClaimFacts f = good().person(birth, Gender.MALE, LearnerCategory.RURAL_TRANSFER, LearnerStatus.UNEMPLOYED).build();
            assertThat(PersonRule.age(birth, f.claimDate())).isEqualTo(61);
            assertThat(rule.check(f)).isEmpty();
        }

        @Test
        void withoutTrainingTheCertificateDateThenTheClaimDateIsUsed() {
            ClaimFacts assessmentOnly = good(ASSESSMENT).training(null, null).build();
            assertThat(assessmentOnly.judgedOn()).isEqualTo(ISSUED);
            ClaimFacts apprenticeship = good(APPRENTICESHIP).training(null, null).certificate(null, null, false).build();
            assertThat(apprenticeship.judgedOn()).isEqualTo(CLAIMED);
        }

        @Test
        void leapDayBirthdaysComeOnTheFirstOfMarch() {
            LocalDate leapBorn = LocalDate.of(2008, 2, 29);
            assertThat(PersonRule.age(leapBorn, LocalDate.of(2024, 2, 28))).isEqualTo(15);
            assertThat(PersonRule.age(leapBorn, LocalDate.of(2024, 2, 29))).isEqualTo(16);
            assertThat(PersonRule.age(leapBorn, LocalDate.of(2025, 2, 28))).isEqualTo(16);
            assertThat(PersonRule.age(leapBorn, LocalDate.of(2025, 3, 1))).isEqualTo(17);
        }

        @Test
        void studentsAndPensionersAtTheTimeOfTrainingAreRefused() {
            assertThat(rule.check(good().person(LocalDate.of(2008, 1, 1), Gender.MALE, LearnerCategory.TWO_AFTER_STUDENT,
                    LearnerStatus.STUDENT).build())).contains(Refusal.of(PersonRule.NAME, "subsidy.rule.status.student", START));
            assertThat(rule.check(good().person(LocalDate.of(1970, 1, 1), Gender.FEMALE, LearnerCategory.RURAL_TRANSFER,
                    LearnerStatus.PENSIONER).build())).contains(Refusal.of(PersonRule.NAME, "subsidy.rule.status.pensioner", START));
            for (LearnerStatus ok : List.of(LearnerStatus.UNSPECIFIED, LearnerStatus.EMPLOYED, LearnerStatus.UNEMPLOYED)) {
                assertThat(rule.check(good().person(LocalDate.of(1990, 1, 1), Gender.FEMALE, LearnerCategory.RURAL_TRANSFER,
                        ok).build())).as(ok.name()).isEmpty();
            }
        }

        @Test
        void everyRecordedCategoryButOtherIsEligible() {
            for (LearnerCategory c : LearnerCategory.values()) {
                Optional<Refusal> r = rule.check(good().person(LocalDate.of(1990, 1, 1), Gender.MALE, c,
                        LearnerStatus.UNSPECIFIED).build());
                assertThat(r.isEmpty()).as(c.name()).isEqualTo(c != LearnerCategory.OTHER);
            }
            assertThat(rule.check(good().person(LocalDate.of(1990, 1, 1), Gender.MALE, LearnerCategory.OTHER,
                    LearnerStatus.UNSPECIFIED).build()))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.category"));
        }

        @Test
        void aRegionMayNarrowTheCategories() {
            PersonRule narrow = new PersonRule(EnumSet.of(LearnerCategory.RURAL_TRANSFER));
            assertThat(narrow.check(good().build())).isEmpty();
            assertThat(narrow.check(good().person(LocalDate.of(1990, 1, 1), Gender.MALE,
                    LearnerCategory.ENTERPRISE_EMPLOYEE, LearnerStatus.EMPLOYED).build())).isPresent();
        }

        @Test
        void unknownFactsAreRefused() {
            assertThat(rule.check(good().person(LocalDate.of(1990, 1, 1), Gender.MALE, null, null).build()))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.category.unknown"));
            assertThat(rule.check(good().person(null, Gender.MALE, LearnerCategory.RURAL_TRANSFER, null).build()))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.age.unknown"));
            assertThat(rule.check(good().person(LocalDate.of(1990, 1, 1), null, LearnerCategory.RURAL_TRANSFER, null).build()))
                    .contains(Refusal.of(PersonRule.NAME, "subsidy.rule.age.unknown"));
        }

        @Test
        void limitsAreSettings() {
            SubsidySettings s = new SubsidySettings(3, 12, new BigDecimal("0.80"), 18, 65, 60,
                    new BigDecimal("0.30"), 5, 10);
            ClaimFacts seventeen = good().settings(s).person(START.minusYears(17), Gender.MALE,
                    LearnerCategory.RURAL_TRANSFER, LearnerStatus.UNEMPLOYED).build();
            assertThat(rule.check(seventeen)).isPresent();
            ClaimFacts woman59 = good().settings(s).person(START.minusYears(59), Gender.FEMALE,
                    LearnerCategory.RURAL_TRANSFER, LearnerStatus.UNEMPLOYED).build();
            assertThat(rule.check(woman59)).isEmpty();
        }
    }

    @Nested
    class R7Payee {
        final PayeeRule rule = new PayeeRule();

        @Test
        void theLearnerNeedsNoAgreement() {
            assertThat(rule.check(good().agreementOnFile(false).build())).isEmpty();
        }

        @Test
        void anyOtherPayeeNeedsTheAgreement() {
            for (PayeeType p : List.of(PayeeType.INSTITUTION, PayeeType.ASSESSMENT_BODY)) {
                assertThat(rule.check(good().payee(p).build()))
                        .contains(Refusal.of(PayeeRule.NAME, "subsidy.rule.payee.agreement"));
                assertThat(rule.check(good().payee(p).agreementOnFile(true).build())).isEmpty();
            }
            assertThat(rule.check(good().payee(PayeeType.EMPLOYER).orderTraining(true).build()))
                    .contains(Refusal.of(PayeeRule.NAME, "subsidy.rule.payee.agreement"));
        }

        @Test
        void anEmployerOnlyForTrainingItOrdered() {
            Refusal employer = Refusal.of(PayeeRule.NAME, "subsidy.rule.payee.employer");
            assertThat(rule.check(good().payee(PayeeType.EMPLOYER).orderTraining(true).agreementOnFile(true).build())).isEmpty();
            assertThat(rule.check(good().payee(PayeeType.EMPLOYER).orderTraining(false).agreementOnFile(true).build()))
                    .contains(employer);
            for (ClaimType t : Set.of(ASSESSMENT, LIVING_ALLOWANCE, APPRENTICESHIP)) {
                assertThat(rule.check(good(t).payee(PayeeType.EMPLOYER).orderTraining(true).agreementOnFile(true).build()))
                        .as(t.name()).contains(employer);
            }
        }
    }
}
