package org.skillpass.reporting.application;

import org.junit.jupiter.api.Test;
import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Label;
import org.skillpass.reporting.domain.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table of every dashboard has translated titles, headers and labels in both languages, one cell per column. */
class ReportTablesTest {

    private static final Figures F = new Figures(2, 18, 10, 9, 4, 3, 2, 1, 9, 1);
    private static final BigDecimal M = new BigDecimal("1500.00");

    static RegionReport region() {
        RegionReport.Place p = new RegionReport.Place("220200", Label.name("吉林市", "Jilin City"), "CITY", "220000/220200/");
        return new RegionReport(p, List.of(p), Period.year(2025), F, 17000L, 9,
                List.of(new RegionReport.Line("EMPLOYMENT_SKILLS", Label.key("type.EMPLOYMENT_SKILLS"), F)),
                List.of(new RegionReport.Line("ON_SITE", Label.key("mode.ON_SITE"), F)),
                List.of(new RegionReport.Line("-", Label.key("report.occupation.none"), F)),
                List.of(new RegionReport.CertificateLine("SKILL_LEVEL", 4, 3), new RegionReport.CertificateLine("TRAINING_COMPLETION", 0, 1)),
                List.of(new RegionReport.SubsidyLine("TRAINING", "INSTITUTION", 1, M, 1, M, 1, M, 0, BigDecimal.ZERO)),
                List.of(new RegionReport.Area(RegionReport.AreaKind.REGION, "220204", Label.name("船营区", "Chuanying"), 40L, F, 3, M, M, 2),
                        new RegionReport.Area(RegionReport.AreaKind.INSTITUTION, "12", Label.name("学校"), null, F, 0, M, M, 0)),
                List.of(new RegionReport.InstitutionLine(12, "学校", Label.name("船营区", "Chuanying"), F, 2)),
                List.of(new RegionReport.OrderLine(7, "公司", Label.name("电工", "Electrician"), 4, 5, "ACCEPTED", F)),
                List.of(new RegionReport.FlagLine("OUTSIDE_SESSION", 2)));
    }

    @Test
    void everyTableIsTranslatedInBothLanguages() {
        InstitutionReport institution = new InstitutionReport(12, "学校", Label.name("船营区", "Chuanying"), "220204", Period.year(2025), F,
                List.of(new InstitutionReport.ClassLine(3, "一班", Label.name("电工", "Electrician"), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 31), "COMPLETED", 10, 5, null, F)),
                List.of(new InstitutionReport.ClaimLine("TRAINING", "PAID", 1, M)), List.of(new RegionReport.FlagLine("STUDENT", 1)));
        EmployerReport employer = new EmployerReport(9, "公司", List.of(new EmployerReport.OrderLine(7, Label.name("电工", "Electrician"),
                4, "ACCEPTED", LocalDate.of(2026, 12, 31), 5, 3, F)));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ReportTables tables = new ReportTables(locale);
            for (String id : ReportTables.REGION_TABLES) {
                check(tables.region(region(), id));
            }
            for (String id : ReportTables.INSTITUTION_TABLES) {
                check(tables.institution(institution, id));
            }
            check(tables.employer(employer, "eorders"));
        }
        assertThat(new ReportTables(Locale.ENGLISH).region(region(), "types").rows().get(0).text(0)).isEqualTo("Employment skills");
        assertThat(new ReportTables(Locale.SIMPLIFIED_CHINESE).region(region(), "areas").rows().get(0).cells())
                .containsExactly("船营区", "地区", 40L, 9L, new BigDecimal("22.5"), new BigDecimal("90.0"), new BigDecimal("75.0"), 2L,
                        new BigDecimal("11.1"), 3L, M, M, 2L);
    }

    private static void check(ReportTable t) {
        assertThat(t.title()).as(t.id()).doesNotContain("???");
        for (ReportTable.Column c : t.columns()) {
            assertThat(c.header()).as(t.id()).doesNotContain("???").isNotBlank();
        }
        assertThat(t.rows()).as(t.id()).isNotEmpty();
        for (ReportTable.Row r : t.rows()) {
            assertThat(r.cells()).as(t.id()).hasSize(t.columns().size());
            for (int i = 0; i < r.cells().size(); i++) {
                assertThat(r.text(i)).as(t.id()).doesNotContain("???");
            }
        }
    }
}
