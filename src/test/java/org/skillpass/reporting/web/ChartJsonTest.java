package org.skillpass.reporting.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartJsonTest {

    @Test
    void aBarChartIsChartJsConfigurationWithEscapedLabels() {
        String json = ChartJson.bar(List.of("电工", "say \"hi\"</script>"),
                List.of(new ChartJson.Dataset("人次", List.of(8L, 4L)), new ChartJson.Dataset("金额", List.of(new BigDecimal("1500.50"), 0))),
                true);
        assertThat(json).startsWith("{\"type\":\"bar\",\"data\":{\"labels\":[\"电工\",\"say \\\"hi\\\"\\u003c/script>\"]")
                .contains("{\"label\":\"人次\",\"backgroundColor\":\"#0b5cad\",\"data\":[8,4]}")
                .contains("\"data\":[1500.50,0]")
                .contains("\"indexAxis\":\"y\"")
                .contains("\"legend\":{\"display\":true}")
                .doesNotContain("</script>");
        assertThat(ChartJson.bar(List.of(), List.of(new ChartJson.Dataset("x", List.of())), false))
                .contains("\"labels\":[]").doesNotContain("indexAxis").contains("\"y\":{\"beginAtZero\":true}");
    }
}
