package org.skillpass.reporting.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.FieldException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void yearsQuartersAndMonthsAreRangesOfMonths() {
        assertThat(Period.parse("2025").fromMonth()).isEqualTo(202501);
        assertThat(Period.parse("2025").toMonth()).isEqualTo(202512);
        assertThat(Period.parse("2025-Q1").toMonth()).isEqualTo(202503);
        assertThat(Period.parse("2025-Q2").fromMonth()).isEqualTo(202504);
        assertThat(Period.parse("2025-Q4").lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2025-04").firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Period.parse(" 2025-Q3 ").code()).isEqualTo("2025-Q3");
        assertThat(Period.month(2025, 3).code()).isEqualTo("2025-03");
    }

    @Test
    void theLastDayOfMarchIsInTheFirstQuarterAndTheFirstOfAprilInTheSecond() {
        Period q1 = Period.quarter(2025, 1);
        Period q2 = Period.quarter(2025, 2);
        int march31 = Period.monthOf(LocalDate.of(2025, 3, 31));
        int april1 = Period.monthOf(LocalDate.of(2025, 4, 1));
        assertThat(march31).isBetween(q1.fromMonth(), q1.toMonth());
        assertThat(april1).isGreaterThan(q1.toMonth()).isBetween(q2.fromMonth(), q2.toMonth());
        assertThat(q2.yearToDateFromMonth()).isEqualTo(202501);
    }

    @Test
    void badCodesAreRefusedWithAMessage() {
        for (String bad : new String[]{null, "", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-1", "1999", "abc"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(String.valueOf(bad)).isInstanceOf(FieldException.class)
                    .hasMessageContaining("report.period.invalid");
        }
    }
}
