package org.skillpass.reporting.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCellsTest {

    @Test
    void textIsEscapedForHtml() {
        assertThat(ReportCells.escape("<b>\"甲\" & 'x'</b>")).isEqualTo("&lt;b&gt;&quot;甲&quot; &amp; &#39;x&#39;&lt;/b&gt;");
        assertThat(ReportCells.escape("船营区")).isEqualTo("船营区");
    }
}
