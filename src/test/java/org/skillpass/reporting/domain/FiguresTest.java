package org.skillpass.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void ratesArePercentagesWithOneDecimalAndNoneWithoutADenominator() {
        Figures f = new Figures(3, 23, 13, 12, 4, 3, 2, 2, 12, 1);
        assertThat(f.completionRate()).isEqualByComparingTo("92.3");
        assertThat(f.passRate()).isEqualByComparingTo("75.0");
        assertThat(f.employmentRate()).isEqualByComparingTo("8.3");
        assertThat(f.fillRate()).isEqualByComparingTo("56.5");
        assertThat(Figures.NONE.passRate()).isNull();
        assertThat(Figures.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Figures.percent(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Figures.percent(1, 16)).as("half up").isEqualTo(new BigDecimal("6.3"));
    }

    @Test
    void figuresAddAndSubtract() {
        Figures a = new Figures(1, 10, 6, 5, 4, 3, 2, 0, 5, 0);
        Figures b = new Figures(1, 8, 4, 4, 0, 0, 0, 0, 4, 0);
        assertThat(a.plus(b)).isEqualTo(new Figures(2, 18, 10, 9, 4, 3, 2, 0, 9, 0));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(a).isZero()).isTrue();
    }
}
