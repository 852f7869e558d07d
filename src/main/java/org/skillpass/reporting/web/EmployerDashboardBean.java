package org.skillpass.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.reporting.application.EmployerReport;
import org.skillpass.reporting.application.ReportTable;
import org.skillpass.reporting.application.ReportTables;
import org.skillpass.reporting.application.ReportingService;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** reporting/employer.xhtml: an employer's orders — ordered, seats, trained, certified, hired, employed at 6 months. */
@Named
@ViewScoped
public class EmployerDashboardBean implements Serializable {

    @Inject
    transient ReportingService reports;

    @Inject
    CurrentCaller caller;

    private Long id;
    private EmployerReport report;
    private ReportTable orders;

    public void load() {
        try {
            report = reports.employer(caller.get(), id);
            id = report.id();
            orders = new ReportTables(Messages.currentLocale()).employer(report, "eorders");
        } catch (DomainException e) {
            report = null;
            Messages.error(null, e);
        }
    }

    public String exportUrl(String table, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/" + table + "."
                + format + "?employer=" + id + "&lang=" + URLEncoder.encode(Messages.currentLocale().toLanguageTag(), StandardCharsets.UTF_8);
    }

    /** Ordered, trained, certified and hired per order. */
    public String getOrderChart() {
        List<String> labels = new ArrayList<>();
        List<Long> ordered = new ArrayList<>();
        List<Long> trained = new ArrayList<>();
        List<Long> certified = new ArrayList<>();
        List<Long> hired = new ArrayList<>();
        for (EmployerReport.OrderLine o : report.orders()) {
            labels.add("#" + o.id() + " " + o.occupation().text(Messages.currentLocale(), Messages::text));
            ordered.add((long) o.ordered());
            trained.add(o.figures().completed());
            certified.add(o.figures().certified());
            hired.add(o.figures().hired());
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Dataset(Messages.text("report.col.ordered"), ordered),
                new ChartJson.Dataset(Messages.text("report.col.trained"), trained),
                new ChartJson.Dataset(Messages.text("report.col.certified"), certified),
                new ChartJson.Dataset(Messages.text("report.col.hired"), hired)), true);
    }

    public ReportTable table(String table) {
        return "eorders".equals(table) ? orders : null;
    }

    public EmployerReport getReport() { return report; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
