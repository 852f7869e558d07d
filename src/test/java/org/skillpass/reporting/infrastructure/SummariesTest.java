package org.skillpass.reporting.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummariesTest {

    @Test
    void aClassCountsAtItsRegionAndEveryRegionAbove() {
        assertThat(Summaries.ancestors("220000/220200/220204/")).containsExactly("220000/", "220000/220200/", "220000/220200/220204/");
        assertThat(Summaries.ancestors("220000/")).containsExactly("220000/");
        assertThat(Summaries.prefix("region_path", 2)).isEqualTo("CONCAT(SUBSTRING_INDEX(region_path, '/', 2), '/')");
    }

    @Test
    void rebuildStatementsCoverEveryDimensionAndLevel() {
        for (String dim : Summaries.DIMENSIONS) {
            String sql = Summaries.insertTraining(dim, 2, false, "");
            assertThat(sql).startsWith("INSERT INTO report_training").contains("'" + dim + "'")
                    .contains("SUBSTRING_INDEX(region_path, '/', 2)").contains(">= 2");
        }
        assertThat(Summaries.insertTraining("E", 1, false, "")).contains("order_id IS NOT NULL");
        assertThat(Summaries.insertTraining("A", 1, true, "")).contains("month DIV 100 * 100");
        assertThat(Summaries.yearBucket(202503)).isEqualTo(202500);
        for (String step : Summaries.SUBSIDY_STEPS) {
            assertThat(Summaries.insertSubsidy(step, 3, "")).contains(step + "_count").contains("CONVERT_TZ");
        }
        assertThat(Summaries.insertSubsidy("approved", 1, "")).contains("state <> 'REJECTED'");
        assertThat(Summaries.insertSubsidy("recovered", 1, "")).contains("COALESCE(recovered_amount, amount)");
        assertThat(List.of(Summaries.insertLearners(""), Summaries.insertClasses(""))).allMatch(s -> s.startsWith("INSERT INTO report_"));
    }
}
