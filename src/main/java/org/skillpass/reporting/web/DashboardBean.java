package org.skillpass.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.reporting.application.RegionReport;
import org.skillpass.reporting.application.ReportTable;
import org.skillpass.reporting.application.ReportTables;
import org.skillpass.reporting.application.ReportingClock;
import org.skillpass.reporting.application.ReportingService;
import org.skillpass.reporting.domain.Period;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * reporting/dashboard.xhtml: the HR bureau's dashboard of a region ({@code region}, default the bureau's own)
 * for a period ({@code period}: 2026, 2026-Q2, 2026-04; default this year), with charts, tables beside them,
 * drill-down to sub-regions and institutions, and exports.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    @Inject
    transient ReportingService reports;

    @Inject
    transient ReportingClock clock;

    @Inject
    CurrentCaller caller;

    private String region;
    private String period;
    private RegionReport report;
    private final Map<String, ReportTable> tables = new HashMap<>();
    private final PeriodChoice choice = new PeriodChoice();
    private List<RegionReport.Place> regions;
    private String regionChoice;

    public void load() {
        try {
            Period p = period == null || period.isBlank() ? Period.yearOf(clock.today()) : Period.parse(period);
            report = reports.region(caller.get(), region, p);
            region = report.region().code();
            period = p.code();
            choice.set(p);
            regionChoice = region;
            regions = reports.regionsInScope(caller.get());
            ReportTables t = new ReportTables(locale());
            for (String id : ReportTables.REGION_TABLES) {
                tables.put(id, t.region(report, id));
            }
        } catch (DomainException e) {
            report = null;
            Messages.error(null, e);
        }
    }

    /** Shows the chosen region and period (a GET, so the address can be bookmarked and shared). */
    public String show() {
        return "/reporting/dashboard?faces-redirect=true&region=" + regionChoice + "&period=" + choice.period().code();
    }

    public ReportTable table(String id) {
        return tables.get(id);
    }

    public String exportUrl(String table, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/" + table + "."
                + format + "?region=" + region + "&period=" + period + "&lang="
                + URLEncoder.encode(locale().toLanguageTag(), StandardCharsets.UTF_8);
    }

    private static Locale locale() {
        return Messages.currentLocale();
    }

    // ---------------------------------------------------------------- charts

    public String getTypeChart() {
        return personTimesChart(report.byType());
    }

    public String getModeChart() {
        return personTimesChart(report.byMode());
    }

    /** The ten occupations with the most person-times. */
    public String getOccupationChart() {
        return personTimesChart(report.byOccupation().stream().limit(10).toList());
    }

    private String personTimesChart(List<RegionReport.Line> lines) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (RegionReport.Line l : lines) {
            labels.add(l.label().text(locale(), Messages::text));
            values.add(l.figures().completed());
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.personTimes"), values)), true);
    }

    public String getCertificateChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (RegionReport.CertificateLine c : report.certificates()) {
            labels.add(c.level() == 0 ? Messages.text("certType." + c.type()) : Messages.text("level." + c.level()));
            values.add(c.issued());
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.issued"), values)), false);
    }

    /** Approved, paid and recovered amounts per claim type. */
    public String getSubsidyChart() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> approved = new ArrayList<>();
        List<BigDecimal> paid = new ArrayList<>();
        List<BigDecimal> recovered = new ArrayList<>();
        for (String type : ReportingService.CLAIM_TYPES) {
            labels.add(Messages.text("report.claimType." + type));
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            report.subsidies().stream().filter(s -> s.type().equals(type)).forEach(s -> {
                sums[0] = sums[0].add(s.approved());
                sums[1] = sums[1].add(s.paid());
                sums[2] = sums[2].add(s.recovered());
            });
            approved.add(sums[0]);
            paid.add(sums[1]);
            recovered.add(sums[2]);
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.approvedAmount"), approved),
                new ChartJson.Dataset(Messages.text("report.col.paidAmount"), paid),
                new ChartJson.Dataset(Messages.text("report.col.recoveredAmount"), recovered)), false);
    }

    /** Person-times per sub-region (and institution located here) against their targets. */
    public String getAreaChart() {
        List<String> labels = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        for (RegionReport.Area a : report.areas()) {
            labels.add(a.name().text(locale(), Messages::text));
            done.add(a.figures().completed());
            targets.add(a.target() == null ? 0 : a.target());
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.personTimes"), done),
                new ChartJson.Dataset(Messages.text("report.col.target"), targets)), true);
    }

    /** Year-to-date person-times as a percentage of the target, capped at 100 for the bar. */
    public int getTargetBar() {
        BigDecimal p = report.targetAchieved();
        return p == null ? 0 : Math.min(100, p.intValue());
    }

    public String getPeriodLabel() {
        return label(report.period());
    }

    /** "2026年", "2026年第2季度", "2026年4月" (or in English). */
    public static String label(Period p) {
        return Messages.text("report.period.label." + p.kind(), String.valueOf(p.year()), p.part());
    }

    /** A rate for the headline figures: "83.3%", or "—" when there is nothing to divide by. */
    public String percent(BigDecimal rate) {
        return rate == null ? ReportTable.NONE : rate.toPlainString() + "%";
    }

    public List<Integer> getYears() {
        return PeriodChoice.years(clock.today().getYear());
    }

    public String regionName(RegionReport.Place p) {
        return p.name().text(locale(), Messages::text);
    }

    public RegionReport getReport() { return report; }
    public PeriodChoice getChoice() { return choice; }
    public List<RegionReport.Place> getRegions() { return regions; }
    public String getRegionChoice() { return regionChoice; }
    public void setRegionChoice(String regionChoice) { this.regionChoice = regionChoice; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
}
