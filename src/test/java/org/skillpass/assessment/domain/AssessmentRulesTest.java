package org.skillpass.assessment.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.FieldException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staffing rules, pass boundaries, panel review and score input, as plain rules. */
class AssessmentRulesTest {

    private final StaffingRules staffing = StaffingRules.DEFAULTS;
    private final PassRule pass = PassRule.DEFAULTS;

    @Test
    void practicalAssessorsAreAnOddNumberOfAtLeastThree() {
        assertThat(staffing.problems(10, 3, new int[]{2})).isEmpty();
        assertThat(staffing.problems(10, 1, new int[]{2})).contains("staffing.practical.tooFew");
        assertThat(staffing.problems(10, 4, new int[]{2})).containsExactly("staffing.practical.odd");
        assertThat(staffing.problems(10, 5, new int[]{2})).isEmpty();
    }

    @Test
    void atMostFiveCandidatesPerPracticalAssessor() {
        assertThat(staffing.problems(15, 3, new int[]{2})).isEmpty();
        assertThat(staffing.problems(16, 3, new int[]{2, 2})).containsExactly("staffing.practical.ratio");
    }

    @Test
    void twoInvigilatorsPerRoomAndOnePerFifteenCandidates() {
        assertThat(staffing.problems(15, 3, new int[]{1})).contains("staffing.invigilators.perRoom");
        assertThat(staffing.problems(15, 3, new int[]{2, 1})).containsExactly("staffing.invigilators.perRoom");
        assertThat(staffing.problems(30, 7, new int[]{2})).isEmpty();
        assertThat(staffing.problems(31, 7, new int[]{2})).containsExactly("staffing.invigilators.ratio");
        assertThat(staffing.problems(31, 7, new int[]{3})).isEmpty();
    }

    @Test
    void aRegionMaySetItsOwnNumbers() {
        StaffingRules strict = new StaffingRules(5, 4, 2, 10);
        assertThat(strict.problems(12, 3, new int[]{2})).contains("staffing.practical.tooFew");
        assertThat(strict.problems(21, 5, new int[]{2})).contains("staffing.practical.ratio", "staffing.invigilators.ratio");
    }

    @Test
    void bothPartsMustReachThePassMark() {
        assertThat(pass.judge(d("60.0"), d("60.0"), 5, PanelReview.NONE)).isEqualTo(PassRule.Outcome.PASS);
        assertThat(pass.judge(d("59.9"), d("95.0"), 5, PanelReview.NONE)).isEqualTo(PassRule.Outcome.FAIL);
        assertThat(pass.judge(d("95.0"), d("59.9"), 5, PanelReview.NONE)).isEqualTo(PassRule.Outcome.FAIL);
        assertThat(pass.judge(null, d("80.0"), 5, PanelReview.NONE)).isEqualTo(PassRule.Outcome.INCOMPLETE);
        assertThat(pass.judge(d("80.0"), null, 5, PanelReview.NONE)).isEqualTo(PassRule.Outcome.INCOMPLETE);
    }

    @Test
    void aRegionMayAskMoreOfThePracticalPart() {
        PassRule practicalFirst = new PassRule(d("60.0"), d("70.0"));
        assertThat(practicalFirst.judge(d("60.0"), d("69.9"), 4, PanelReview.NONE)).isEqualTo(PassRule.Outcome.FAIL);
        assertThat(practicalFirst.judge(d("60.0"), d("70.0"), 4, PanelReview.NONE)).isEqualTo(PassRule.Outcome.PASS);
    }

    @Test
    void levelsTwoAndOneNeedAPassedPanelReview() {
        for (int level : new int[]{2, 1}) {
            assertThat(pass.judge(d("90.0"), d("90.0"), level, PanelReview.NONE)).isEqualTo(PassRule.Outcome.INCOMPLETE);
            assertThat(pass.judge(d("90.0"), d("90.0"), level, PanelReview.FAILED)).isEqualTo(PassRule.Outcome.FAIL);
            assertThat(pass.judge(d("90.0"), d("90.0"), level, PanelReview.PASSED)).isEqualTo(PassRule.Outcome.PASS);
        }
        assertThat(pass.judge(d("90.0"), d("90.0"), 3, PanelReview.NONE)).isEqualTo(PassRule.Outcome.PASS);
    }

    @Test
    void scoresAreZeroToHundredWithOneDecimal() {
        assertThat(Score.parse("59.9", "t")).isEqualByComparingTo("59.9");
        assertThat(Score.parse("100", "t")).isEqualByComparingTo("100.0");
        assertThat(Score.parse(" ", "t")).isNull();
        for (String bad : new String[]{"100.1", "-1", "59.95", "六十", "1e2x"}) {
            assertThatThrownBy(() -> Score.parse(bad, "t")).isInstanceOf(FieldException.class).hasMessageStartingWith("score.invalid");
        }
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
