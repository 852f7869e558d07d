package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillpass.subsidy.domain.CertificateKind.*;
import static org.skillpass.subsidy.domain.ClaimType.*;

/** Rates: DOMAIN.md defaults, effective dates, the most specific region. */
class RateTableTest {

    private static final String JILIN = "220000/";
    private static final String JILIN_CITY = "220000/220200/";
    private static final String CHUANYING = "220000/220200/220204/";
    private static final String CHANGCHUN = "220000/220100/";
    private static final LocalDate D2026 = LocalDate.of(2026, 1, 1);

    private static RateRow level4(String region, LocalDate from, String amount) {
        return new RateRow(region, TRAINING, SKILL_LEVEL, 4, from, new BigDecimal(amount));
    }

    @Test
    void domainDefaults() {
        RateTable t = RateTable.defaults();
        LocalDate on = LocalDate.of(2026, 6, 1);
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 5, on)).isEqualByComparingTo("1000");
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 4, on)).isEqualByComparingTo("1500");
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 3, on)).isEqualByComparingTo("2000");
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 2, on)).isEqualByComparingTo("3000");
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 1, on)).isEqualByComparingTo("3000");
        assertThat(t.rate(CHUANYING, TRAINING, SPECIAL_ABILITY, null, on)).isEqualByComparingTo("1000");
        assertThat(t.rate(CHUANYING, TRAINING, TRAINING_COMPLETION, null, on)).isEqualByComparingTo("500");
        assertThat(t.rate(CHUANYING, ASSESSMENT, SKILL_LEVEL, 4, on)).isEqualByComparingTo("1500");
        assertThat(t.rate(CHUANYING, LIVING_ALLOWANCE, null, null, on)).isEqualTo(new BigDecimal("50.00"));
        assertThat(t.rate(CHUANYING, APPRENTICESHIP, null, null, on)).isEqualTo(new BigDecimal("5000.00"));
        assertThat(t.require(CHUANYING, TRAINING, SKILL_LEVEL, 5, on).isDefault()).isTrue();
    }

    @Test
    void noAssessmentRateForATrainingCompletionCertificate() {
        assertThat(RateTable.defaults().find(JILIN, ASSESSMENT, TRAINING_COMPLETION, null, D2026)).isEmpty();
        assertThatThrownBy(() -> RateTable.defaults().rate(JILIN, ASSESSMENT, TRAINING_COMPLETION, null, D2026))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("subsidy.rate.none"));
    }

    @Test
    void aRowAppliesFromItsDateInclusive() {
        RateTable t = new RateTable(List.of(level4(JILIN, D2026, "1800")));
        assertThat(t.rate(JILIN_CITY, TRAINING, SKILL_LEVEL, 4, D2026.minusDays(1))).isEqualByComparingTo("1500");
        assertThat(t.rate(JILIN_CITY, TRAINING, SKILL_LEVEL, 4, D2026)).isEqualByComparingTo("1800");
    }

    @Test
    void aLaterRowSupersedesAnEarlierOneFromItsDate() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        RateTable t = new RateTable(List.of(level4(JILIN, july, "2000"), level4(JILIN, D2026, "1800")));
        assertThat(t.rate(JILIN, TRAINING, SKILL_LEVEL, 4, july.minusDays(1))).isEqualByComparingTo("1800");
        assertThat(t.rate(JILIN, TRAINING, SKILL_LEVEL, 4, july)).isEqualByComparingTo("2000");
    }

    @Test
    void theMostSpecificRegionWins() {
        LocalDate cityFrom = LocalDate.of(2026, 3, 1);
        RateTable t = new RateTable(List.of(level4(JILIN, D2026, "1800"), level4(JILIN_CITY, cityFrom, "1600")));
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 4, cityFrom.minusDays(1)))
                .as("city row not yet in force").isEqualByComparingTo("1800");
        assertThat(t.rate(CHUANYING, TRAINING, SKILL_LEVEL, 4, cityFrom)).isEqualByComparingTo("1600");
        assertThat(t.rate(CHANGCHUN, TRAINING, SKILL_LEVEL, 4, cityFrom)).as("another city").isEqualByComparingTo("1800");
        assertThat(t.rate("210000/", TRAINING, SKILL_LEVEL, 4, cityFrom)).as("another province").isEqualByComparingTo("1500");
    }

    @Test
    void aNewerProvinceRateDoesNotOverrideACityThatDecidedForItself() {
        RateTable t = new RateTable(List.of(level4(JILIN_CITY, D2026, "1600"),
                level4(JILIN, LocalDate.of(2026, 9, 1), "2200")));
        assertThat(t.rate(JILIN_CITY, TRAINING, SKILL_LEVEL, 4, LocalDate.of(2026, 10, 1))).isEqualByComparingTo("1600");
    }

    @Test
    void rowsMatchOnTypeKindAndLevel() {
        RateTable t = new RateTable(List.of(level4(JILIN, D2026, "1800")));
        assertThat(t.rate(JILIN, TRAINING, SKILL_LEVEL, 3, D2026)).isEqualByComparingTo("2000");
        assertThat(t.rate(JILIN, ASSESSMENT, SKILL_LEVEL, 4, D2026)).isEqualByComparingTo("1500");
    }

    @Test
    void amountsAreYuanWithTwoDecimals() {
        assertThat(level4(JILIN, D2026, "1234.565").amount()).isEqualTo(new BigDecimal("1234.57"));
    }

    @Test
    void rowsKeepTheirKeysConsistent() {
        assertThatThrownBy(() -> new RateRow(JILIN, TRAINING, SKILL_LEVEL, null, D2026, BigDecimal.TEN))
                .hasMessageContaining("subsidy.rate.levelRequired");
        assertThatThrownBy(() -> new RateRow(JILIN, TRAINING, SKILL_LEVEL, 6, D2026, BigDecimal.TEN))
                .hasMessageContaining("subsidy.rate.levelRequired");
        assertThatThrownBy(() -> new RateRow(JILIN, TRAINING, SPECIAL_ABILITY, 4, D2026, BigDecimal.TEN))
                .hasMessageContaining("subsidy.rate.levelNotAllowed");
        assertThatThrownBy(() -> new RateRow(JILIN, TRAINING, null, null, D2026, BigDecimal.TEN))
                .hasMessageContaining("subsidy.rate.kindRequired");
        assertThatThrownBy(() -> new RateRow(JILIN, LIVING_ALLOWANCE, SKILL_LEVEL, 4, D2026, BigDecimal.TEN))
                .hasMessageContaining("subsidy.rate.kindNotAllowed");
        assertThatThrownBy(() -> new RateRow(JILIN, APPRENTICESHIP, null, null, D2026, new BigDecimal("-1")))
                .hasMessageContaining("subsidy.rate.negative");
        assertThatThrownBy(() -> new RateRow("220000", APPRENTICESHIP, null, null, D2026, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoRowsForTheSameKeyRegionAndDateAreAmbiguous() {
        assertThatThrownBy(() -> new RateTable(List.of(level4(JILIN, D2026, "1800"), level4(JILIN, D2026, "1900"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("subsidy.rate.duplicate"));
    }
}
