package org.skillpass.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.reporting.application.InstitutionReport;
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
import java.util.Map;

/**
 * reporting/institution.xhtml: an institution's dashboard ({@code id}; staff see their own without it) for a
 * period: its classes with fill, completion, pass and employment rates, its claims by state, open flags.
 */
@Named
@ViewScoped
public class InstitutionDashboardBean implements Serializable {

    @Inject
    transient ReportingService reports;

    @Inject
    transient ReportingClock clock;

    @Inject
    CurrentCaller caller;

    private Long id;
    private String period;
    private String region;
    private InstitutionReport report;
    private final Map<String, ReportTable> tables = new HashMap<>();
    private final PeriodChoice choice = new PeriodChoice();

    public void load() {
        try {
            Period p = period == null || period.isBlank() ? Period.yearOf(clock.today()) : Period.parse(period);
            report = reports.institution(caller.get(), id, p);
            id = report.id();
            period = p.code();
            choice.set(p);
            ReportTables t = new ReportTables(Messages.currentLocale());
            for (String table : ReportTables.INSTITUTION_TABLES) {
                tables.put(table, t.institution(report, table));
            }
        } catch (DomainException e) {
            report = null;
            Messages.error(null, e);
        }
    }

    public String show() {
        return "/reporting/institution?faces-redirect=true&id=" + id + "&period=" + choice.period().code()
                + (region == null ? "" : "&region=" + region);
    }

    public ReportTable table(String table) {
        return tables.get(table);
    }

    public String exportUrl(String table, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/" + table + "."
                + format + "?institution=" + id + "&period=" + period + "&lang="
                + URLEncoder.encode(Messages.currentLocale().toLanguageTag(), StandardCharsets.UTF_8);
    }

    /** Fill rate and pass rate of each completed class. */
    public String getClassChart() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> fill = new ArrayList<>();
        List<BigDecimal> pass = new ArrayList<>();
        List<BigDecimal> employed = new ArrayList<>();
        for (InstitutionReport.ClassLine c : report.classes()) {
            labels.add(c.name());
            fill.add(zero(c.fillRate()));
            pass.add(c.figures() == null ? BigDecimal.ZERO : zero(c.figures().passRate()));
            employed.add(c.figures() == null ? BigDecimal.ZERO : zero(c.figures().employmentRate()));
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.fillRate"), fill),
                new ChartJson.Dataset(Messages.text("report.col.passRate"), pass),
                new ChartJson.Dataset(Messages.text("report.col.employmentRate"), employed)), true);
    }

    public String getClaimChart() {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (String state : ReportingService.CLAIM_STATES) {
            long n = report.claims().stream().filter(c -> c.state().equals(state)).mapToLong(InstitutionReport.ClaimLine::count).sum();
            if (n > 0) {
                labels.add(Messages.text("report.claimState." + state));
                counts.add(n);
            }
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.count"), counts)), false);
    }

    private static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    public String getPeriodLabel() {
        return DashboardBean.label(report.period());
    }

    public List<Integer> getYears() {
        return PeriodChoice.years(clock.today().getYear());
    }

    public String getRegionName() {
        return report.region().text(Messages.currentLocale(), Messages::text);
    }

    public InstitutionReport getReport() { return report; }
    public PeriodChoice getChoice() { return choice; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    /** The region of the dashboard the viewer came from (for the way back). */
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
}
