package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillpass.subsidy.domain.CertificateKind.*;

/** Amounts: rate, shortage uplift, fee cap, per-day and per-year allowances, and their explanations. */
class AmountCalculatorTest {

    private static final String REGION = "220000/220200/";
    private static final LocalDate ON = LocalDate.of(2026, 6, 1);
    private final AmountCalculator calc = new AmountCalculator(RateTable.defaults(), SubsidySettings.DEFAULTS);

    @Test
    void trainingAtTheRate() {
        Amount a = calc.training(REGION, ON, SKILL_LEVEL, 4, false);
        assertThat(a.value()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(a.explanation()).containsExactly(
                Explanation.of("subsidy.amount.rate.default", new BigDecimal("1500.00")),
                Explanation.of("subsidy.amount.total", new BigDecimal("1500.00")));
    }

    @Test
    void shortageOccupationsGetThirtyPercentMore() {
        Amount a = calc.training(REGION, ON, SKILL_LEVEL, 4, true);
        assertThat(a.value()).isEqualTo(new BigDecimal("1950.00"));
        assertThat(a.explanation()).contains(
                Explanation.of("subsidy.amount.shortage", new BigDecimal("0.30"), new BigDecimal("1950.00")));
        assertThat(calc.training(REGION, ON, TRAINING_COMPLETION, null, true).value()).isEqualTo(new BigDecimal("650.00"));
    }

    @Test
    void upliftRoundsHalfUpToFen() {
        SubsidySettings s = new SubsidySettings(3, 12, new BigDecimal("0.80"), 16, 60, 55,
                new BigDecimal("0.333"), 5, 10);
        RateTable t = new RateTable(List.of(new RateRow(REGION, ClaimType.TRAINING, SPECIAL_ABILITY, null, ON,
                new BigDecimal("1000.05"))));
        // 1000.05 × 1.333 = 1333.06665 → 1333.07
        assertThat(new AmountCalculator(t, s).training(REGION, ON, SPECIAL_ABILITY, null, true).value())
                .isEqualTo(new BigDecimal("1333.07"));
    }

    @Test
    void aConfiguredRateIsExplainedWithItsDate() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        RateTable t = new RateTable(List.of(new RateRow("220000/", ClaimType.TRAINING, SKILL_LEVEL, 5, from,
                new BigDecimal("1200"))));
        Amount a = new AmountCalculator(t, SubsidySettings.DEFAULTS).training(REGION, ON, SKILL_LEVEL, 5, false);
        assertThat(a.value()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(a.explanation().get(0)).isEqualTo(Explanation.of("subsidy.amount.rate", new BigDecimal("1200.00"), from));
    }

    @Test
    void assessmentIsCappedAtTheFeeCharged() {
        Amount below = calc.assessment(REGION, ON, SKILL_LEVEL, 5, false, new BigDecimal("380"));
        assertThat(below.value()).isEqualTo(new BigDecimal("380.00"));
        assertThat(below.explanation()).contains(Explanation.of("subsidy.amount.feeCap", new BigDecimal("380.00")));

        Amount equal = calc.assessment(REGION, ON, SKILL_LEVEL, 5, false, new BigDecimal("1000"));
        assertThat(equal.value()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(equal.explanation()).extracting(Explanation::messageKey).doesNotContain("subsidy.amount.feeCap");

        Amount above = calc.assessment(REGION, ON, SKILL_LEVEL, 5, false, new BigDecimal("1000.01"));
        assertThat(above.value()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void theCapAppliesAfterTheUplift() {
        assertThat(calc.assessment(REGION, ON, SKILL_LEVEL, 5, true, new BigDecimal("1200")).value())
                .isEqualTo(new BigDecimal("1200.00"));
        assertThat(calc.assessment(REGION, ON, SKILL_LEVEL, 5, true, new BigDecimal("2000")).value())
                .isEqualTo(new BigDecimal("1300.00"));
    }

    @Test
    void aNegativeFeeIsAMistake() {
        assertThatThrownBy(() -> calc.assessment(REGION, ON, SKILL_LEVEL, 5, false, new BigDecimal("-1")))
                .isInstanceOf(DomainException.class).hasMessageContaining("subsidy.amount.feeNegative");
    }

    @Test
    void anAssessmentOfATrainingCompletionCertificateHasNoRate() {
        assertThatThrownBy(() -> calc.assessment(REGION, ON, TRAINING_COMPLETION, null, false, BigDecimal.TEN))
                .isInstanceOf(DomainException.class).hasMessageContaining("subsidy.rate.none");
    }

    @Test
    void aLevelGivenForALevellessCertificateIsIgnored() {
        assertThat(calc.training(REGION, ON, SPECIAL_ABILITY, 4, false).value()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void livingAllowancePerAttendedDay() {
        Amount a = calc.livingAllowance(REGION, ON, 12);
        assertThat(a.value()).isEqualTo(new BigDecimal("600.00"));
        assertThat(a.explanation()).contains(
                Explanation.of("subsidy.amount.days", 12, new BigDecimal("50.00"), new BigDecimal("600.00")));
        assertThat(calc.livingAllowance(REGION, ON, 0).value()).isEqualTo(new BigDecimal("0.00"));
        assertThatThrownBy(() -> calc.livingAllowance(REGION, ON, -1)).isInstanceOf(DomainException.class);
    }

    @Test
    void livingAllowanceGetsNoShortageUplift() {
        // no shortage parameter at all: days are days
        assertThat(calc.livingAllowance(REGION, ON, 1).value()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void apprenticeshipPerYear() {
        assertThat(calc.apprenticeship(REGION, ON, 2).value()).isEqualTo(new BigDecimal("10000.00"));
    }
}
