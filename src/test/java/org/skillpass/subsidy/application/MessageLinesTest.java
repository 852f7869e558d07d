package org.skillpass.subsidy.application;

import org.junit.jupiter.api.Test;
import org.skillpass.subsidy.domain.ClaimFacts;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.EligibilityResult;
import org.skillpass.subsidy.domain.EligibilityRules;
import org.skillpass.subsidy.domain.Explanation;
import org.skillpass.subsidy.domain.PayeeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule results and explanations survive being stored with the claim, numbers as numbers. */
class MessageLinesTest {

    @Test
    void explanationsKeepNumbersForTheirPatternsAndDatesAsText() {
        List<MessageLines.Line> lines = MessageLines.explanation(List.of(
                Explanation.of("subsidy.amount.rate", new BigDecimal("1100.00"), LocalDate.of(2019, 1, 1)),
                Explanation.of("subsidy.amount.shortage", new BigDecimal("0.30"), new BigDecimal("1430.00")),
                Explanation.of("subsidy.amount.days", 5, new BigDecimal("50.00"), new BigDecimal("250.00"))));
        List<MessageLines.Line> back = MessageLines.fromJson(MessageLines.toJson(lines));
        assertThat(back).hasSize(3);
        assertThat(back.get(0).args()).containsExactly(new BigDecimal("1100.00"), "2019-01-01");
        assertThat(back.get(1).args()).containsExactly(new BigDecimal("0.30"), new BigDecimal("1430.00"));
        assertThat(back.get(2).args()).containsExactly(5L, new BigDecimal("50.00"), new BigDecimal("250.00"));
    }

    @Test
    void everyRuleIsListedInOrderWithItsOutcome() {
        ClaimFacts facts = ClaimFacts.builder(ClaimType.LIVING_ALLOWANCE, LocalDate.of(2026, 6, 1), PayeeType.LEARNER)
                .attendance(new BigDecimal("15"), new BigDecimal("9")).build();
        EligibilityResult result = EligibilityRules.standard().evaluate(facts);
        List<MessageLines.Line> lines = MessageLines.fromJson(MessageLines.toJson(MessageLines.rules(result, ClaimService.RULE_ORDER)));
        assertThat(lines).extracting(MessageLines.Line::rule).containsExactly("R1_YEARLY_QUOTA", "R2_ONCE_PER_LEVEL",
                "R3_FIRST_ASSESSMENT", "R4_CLAIM_WINDOW", "R5_ATTENDANCE", "R6_PERSON", "R7_PAYEE");
        assertThat(lines).extracting(MessageLines.Line::outcome).containsExactly(MessageLines.Outcome.PASSED,
                MessageLines.Outcome.NOT_APPLICABLE, MessageLines.Outcome.NOT_APPLICABLE, MessageLines.Outcome.NOT_APPLICABLE,
                MessageLines.Outcome.REFUSED, MessageLines.Outcome.REFUSED, MessageLines.Outcome.PASSED);
        assertThat(lines.get(4).key()).isEqualTo("subsidy.rule.attendance");
        assertThat(MessageLines.fromJson(null)).isEmpty();
    }

    @Test
    void apprenticeshipYearsCountAYearBegun() {
        assertThat(ClaimService.apprenticeshipYears(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31))).isEqualTo(1);
        assertThat(ClaimService.apprenticeshipYears(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))).isEqualTo(1);
        assertThat(ClaimService.apprenticeshipYears(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1))).isEqualTo(2);
        assertThat(ClaimService.apprenticeshipYears(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28))).isEqualTo(2);
    }

    @Test
    void accountNumbersAreCheckedAndMasked() {
        assertThat(PayoutAccounts.normalise("6228 4800-1234 5678 901")).isEqualTo("6228480012345678901");
        assertThat(PayoutAccounts.mask("6228480012345678901")).isEqualTo("6228***********8901");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayoutAccounts.normalise("62284800"))
                .hasMessageContaining("subsidy.account.number.invalid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayoutAccounts.normalise("6228abcd12345678"))
                .hasMessageContaining("subsidy.account.number.invalid");
    }
}
