package org.skillpass.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.reporting.application.ReportTable;
import org.skillpass.reporting.application.ReportTables;
import org.skillpass.reporting.application.ReportingClock;
import org.skillpass.reporting.application.ReportingService;
import org.skillpass.reporting.domain.Period;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every dashboard table as xlsx or csv: {@code GET /api/reports/{table}.{xlsx|csv}} with the dashboard's
 * parameters ({@code region}, {@code period}, {@code institution}, {@code employer}) and {@code lang}
 * (zh-CN or en). Scoped by the same service as the pages; de-identified because the tables are
 * (figures over learners, names of regions and organisations only).
 */
@Path("reports")
@RequestScoped
@RolesAllowed({Role.Names.INSTITUTION_STAFF, Role.Names.EMPLOYER, Role.Names.HR_OFFICER, Role.Names.ADMIN})
public class ReportExportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    CurrentCaller caller;

    @Inject
    ReportingService reports;

    @Inject
    ReportingClock clock;

    @GET
    @Path("{table}.{format}")
    public Response export(@PathParam("table") String table, @PathParam("format") String format,
                           @QueryParam("region") String region, @QueryParam("period") String period,
                           @QueryParam("institution") Long institution, @QueryParam("employer") Long employer,
                           @QueryParam("lang") String lang) {
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            throw new NotFoundException();
        }
        Locale locale = LocaleBean.supported(lang == null ? LocaleBean.DEFAULT : Locale.forLanguageTag(lang));
        Period p = period == null || period.isBlank() ? Period.yearOf(clock.today()) : Period.parse(period);
        ReportTables tables = new ReportTables(locale);
        ReportTable t;
        String scope;
        if (ReportTables.REGION_TABLES.contains(table)) {
            var r = reports.region(caller.get(), region, p);
            t = tables.region(r, table);
            scope = r.region().name().text(locale, Messages::text) + " " + r.region().code();
        } else if (ReportTables.INSTITUTION_TABLES.contains(table)) {
            var r = reports.institution(caller.get(), institution, p);
            t = tables.institution(r, table);
            scope = r.name();
        } else if (ReportTables.EMPLOYER_TABLES.contains(table)) {
            var r = reports.employer(caller.get(), employer);
            t = tables.employer(r, table);
            scope = r.name();
        } else {
            throw new NotFoundException();
        }
        String file = table + "-" + p.code() + "." + format;
        List<String> notes = new ArrayList<>();
        notes.add(t.title());
        notes.add(scope);
        notes.add(Messages.text(locale, "report.export.period", p.code()));
        notes.add(Messages.text(locale, "report.export.generated",
                LocalDateTime.now(clock.zone()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19)));
        notes.add(Messages.text(locale, "report.export.deidentified"));
        byte[] body = "xlsx".equals(format) ? TableFiles.xlsx(t, notes) : TableFiles.csv(t);
        return Response.ok(body, "xlsx".equals(format) ? XLSX : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
