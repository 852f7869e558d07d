package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillpass.subsidy.domain.EmploymentRateScaling.Band.*;

/** Pay for results: tranches and the employment-rate bands, at 30 % and 50 % exactly. */
class PayForResultsTest {

    static final BigDecimal RATE = new BigDecimal("2000");

    static TraineeOutcome certifiedOnly(String id) {
        return new TraineeOutcome(id, true, false, false, 0);
    }

    static TraineeOutcome employedOnly(String id) {
        return new TraineeOutcome(id, false, true, true, 2);
    }

    static TraineeOutcome both(String id) {
        return new TraineeOutcome(id, true, true, true, 3);
    }

    static TraineeOutcome neither(String id) {
        return new TraineeOutcome(id, false, false, false, 0);
    }

    @Test
    void employmentNeedsAContractAndTwoWageSlips() {
        assertThat(new TraineeOutcome("a", false, true, true, 2).employmentProven()).isTrue();
        assertThat(new TraineeOutcome("a", false, true, true, 1).employmentProven()).isFalse();
        assertThat(new TraineeOutcome("a", false, true, false, 2).employmentProven()).isFalse();
        assertThat(new TraineeOutcome("a", false, false, true, 6).employmentProven()).isFalse();
    }

    @Test
    void fiftyFiftyTranches() {
        List<TraineeOutcome> class1 = List.of(both("a"), certifiedOnly("b"), employedOnly("c"), neither("d"),
                new TraineeOutcome("e", true, true, true, 1));
        ResultsBreakdown b = Tranches.DEFAULT.pay(RATE, class1);
        assertThat(b.perTrainee()).containsExactly(
                entry("a", "2000.00"), entry("b", "1000.00"), entry("c", "1000.00"), entry("d", "0.00"),
                entry("e", "1000.00"));
        assertThat(b.total()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(b.lines()).filteredOn(l -> l.trainee().equals("a")).extracting(ResultsBreakdown.Line::basisKey)
                .containsExactly("subsidy.results.tranche.CERTIFIED", "subsidy.results.tranche.EMPLOYED_6M");
        assertThat(b.explanation()).containsExactly(
                Explanation.of("subsidy.results.tranche.CERTIFIED.explained", new BigDecimal("0.50"), new BigDecimal("1000.00"), 3L),
                Explanation.of("subsidy.results.tranche.EMPLOYED_6M.explained", new BigDecimal("0.50"), new BigDecimal("1000.00"), 2L));
    }

    @Test
    void tranchesRoundEachShareHalfUp() {
        Tranches thirds = new Tranches(List.of(new Tranche(Milestone.CERTIFIED, new BigDecimal("0.335")),
                new Tranche(Milestone.EMPLOYED_6M, new BigDecimal("0.665"))));
        ResultsBreakdown b = thirds.pay(new BigDecimal("1000.01"), List.of(both("a")));
        // 335.00335 → 335.00 and 665.00665 → 665.01
        assertThat(b.totalFor("a")).isEqualTo(new BigDecimal("1000.01"));
    }

    @Test
    void sharesMustAddUpToOne() {
        assertThatThrownBy(() -> new Tranches(List.of(new Tranche(Milestone.CERTIFIED, new BigDecimal("0.5")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tranches(List.of(new Tranche(Milestone.CERTIFIED, new BigDecimal("0.5")),
                new Tranche(Milestone.CERTIFIED, new BigDecimal("0.5"))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Tranches(List.of(new Tranche(Milestone.CERTIFIED, BigDecimal.ONE))).tranches()).hasSize(1);
    }

    @Test
    void bandsAtThirtyAndFiftyPercentExactly() {
        EmploymentRateScaling s = EmploymentRateScaling.DEFAULT;
        assertThat(s.band(29, 100)).isEqualTo(EMPLOYED_ONLY);
        assertThat(s.band(30, 100)).isEqualTo(BASE);
        assertThat(s.band(49, 100)).isEqualTo(BASE);
        assertThat(s.band(50, 100)).isEqualTo(HIGH);
        assertThat(s.band(3, 10)).isEqualTo(BASE);
        assertThat(s.band(2, 7)).as("28.6 %").isEqualTo(EMPLOYED_ONLY);
        assertThat(s.band(1, 3)).as("33.3 %").isEqualTo(BASE);
        assertThat(s.band(0, 0)).isEqualTo(EMPLOYED_ONLY);
    }

    /** 10 trainees, {@code employed} of them employed (the first one also certified), then certified and neither. */
    static List<TraineeOutcome> classWith(int employed) {
        List<TraineeOutcome> t = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "t" + i;
            if (i == 0 && employed > 0) {
                t.add(both(id));
            } else if (i < employed) {
                t.add(employedOnly(id));
            } else if (i < 8) {
                t.add(certifiedOnly(id));
            } else {
                t.add(neither(id));
            }
        }
        return t;
    }

    @Test
    void belowThirtyPercentOnlyEmployedTraineesArePaid() {
        ResultsBreakdown b = EmploymentRateScaling.DEFAULT.pay(RATE, classWith(2));
        assertThat(b.lines()).extracting(ResultsBreakdown.Line::trainee).containsExactly("t0", "t1");
        assertThat(b.totalFor("t0")).isEqualTo(new BigDecimal("2000.00"));
        assertThat(b.totalFor("t2")).as("certified, not employed").isEqualTo(new BigDecimal("0.00"));
        assertThat(b.total()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(b.explanation()).contains(Explanation.of("subsidy.results.band.EMPLOYED_ONLY",
                new BigDecimal("0.30"), new BigDecimal("0.50"), new BigDecimal("1.20"), new BigDecimal("1.40")));
    }

    @Test
    void atThirtyPercentTheBaseRateForCertifiedOrEmployed() {
        ResultsBreakdown b = EmploymentRateScaling.DEFAULT.pay(RATE, classWith(3));
        assertThat(b.lines()).hasSize(8).allSatisfy(l -> {
            assertThat(l.amount()).isEqualTo(new BigDecimal("2000.00"));
            assertThat(l.basisKey()).isEqualTo("subsidy.results.scaled.base");
        });
        assertThat(b.totalFor("t9")).as("neither").isEqualTo(new BigDecimal("0.00"));
        assertThat(b.total()).isEqualTo(new BigDecimal("16000.00"));
        assertThat(b.explanation().get(0)).isEqualTo(
                Explanation.of("subsidy.results.employmentRate", 3L, 10L, new BigDecimal("0.3")));
    }

    @Test
    void atFiftyPercent120ForAllAnd140ForCertifiedAndEmployed() {
        ResultsBreakdown b = EmploymentRateScaling.DEFAULT.pay(RATE, classWith(5));
        assertThat(b.totalFor("t0")).as("certified and employed").isEqualTo(new BigDecimal("2800.00"));
        assertThat(b.totalFor("t1")).as("employed").isEqualTo(new BigDecimal("2400.00"));
        assertThat(b.totalFor("t5")).as("certified").isEqualTo(new BigDecimal("2400.00"));
        assertThat(b.totalFor("t8")).as("neither").isEqualTo(new BigDecimal("0.00"));
        // 1 × 2800 + 4 employed × 2400 + 3 certified × 2400
        assertThat(b.total()).isEqualTo(new BigDecimal("19600.00"));
    }

    @Test
    void justBelowFiftyPercentIsStillBase() {
        List<TraineeOutcome> t = new ArrayList<>(classWith(5));
        t.add(certifiedOnly("t10")); // 5 of 11 = 45 %
        assertThat(EmploymentRateScaling.DEFAULT.pay(RATE, t).totalFor("t0")).isEqualTo(new BigDecimal("2000.00"));
    }

    @Test
    void unprovenEmploymentDoesNotRaiseTheRate() {
        List<TraineeOutcome> t = new ArrayList<>(classWith(3));
        t.set(2, new TraineeOutcome("t2", false, true, true, 1)); // one wage slip short: 2 of 10
        ResultsBreakdown b = EmploymentRateScaling.DEFAULT.pay(RATE, t);
        assertThat(b.lines()).extracting(ResultsBreakdown.Line::trainee).containsExactly("t0", "t1");
    }

    @Test
    void anEmptyClassPaysNothing() {
        assertThat(EmploymentRateScaling.DEFAULT.pay(RATE, List.of()).total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Tranches.DEFAULT.pay(RATE, List.of()).total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aTraineeListedTwiceIsAMistake() {
        assertThatThrownBy(() -> Tranches.DEFAULT.pay(RATE, List.of(both("a"), neither("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalingParametersMustBeOrdered() {
        assertThatThrownBy(() -> new EmploymentRateScaling(new BigDecimal("0.5"), new BigDecimal("0.3"),
                new BigDecimal("1.2"), new BigDecimal("1.4"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmploymentRateScaling(new BigDecimal("0.3"), new BigDecimal("0.5"),
                new BigDecimal("1.4"), new BigDecimal("1.2"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Map.Entry<String, BigDecimal> entry(String trainee, String amount) {
        return java.util.Map.entry(trainee, new BigDecimal(amount));
    }
}
