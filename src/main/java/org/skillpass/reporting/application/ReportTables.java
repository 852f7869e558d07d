package org.skillpass.reporting.application;

import org.skillpass.reporting.application.ReportTable.Column;
import org.skillpass.reporting.application.ReportTable.Kind;
import org.skillpass.reporting.application.ReportTable.Row;
import org.skillpass.reporting.domain.Figures;
import org.skillpass.shared.web.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of the three dashboards in one language, built from the reports. The pages show them and
 * the export writes them, so screen and file agree. Table ids: region dashboard {@link #REGION_TABLES},
 * institution {@link #INSTITUTION_TABLES}, employer {@link #EMPLOYER_TABLES}.
 */
public final class ReportTables {

    public static final Set<String> REGION_TABLES = Set.of("summary", "types", "modes", "occupations", "certificates",
            "subsidies", "areas", "institutions", "orders", "flags");
    public static final Set<String> INSTITUTION_TABLES = Set.of("isummary", "classes", "claims", "iflags");
    public static final Set<String> EMPLOYER_TABLES = Set.of("eorders");
    public static final List<String> ALL_TABLES = java.util.stream.Stream.of(REGION_TABLES, INSTITUTION_TABLES, EMPLOYER_TABLES)
            .flatMap(Set::stream).sorted().toList();

    private final Locale locale;

    public ReportTables(Locale locale) {
        this.locale = locale;
    }

    private String t(String key) {
        return Messages.text(locale, key);
    }

    private Column col(String key, Kind kind) {
        return new Column(t("report.col." + key), kind);
    }

    private ReportTable table(String id, List<Column> columns, List<Row> rows) {
        return new ReportTable(id, t("report.table." + id), columns, rows);
    }

    private static Row row(String ref, Object... cells) {
        return new Row(ref, Arrays.asList(cells));
    }

    // ---------------------------------------------------------------- region dashboard

    public ReportTable region(RegionReport r, String id) {
        return switch (id) {
            case "summary" -> regionSummary(r);
            case "types" -> lines("types", "trainingType", r.byType());
            case "modes" -> lines("modes", "deliveryMode", r.byMode());
            case "occupations" -> lines("occupations", "occupation", r.byOccupation());
            case "certificates" -> certificates(r);
            case "subsidies" -> subsidies(r);
            case "areas" -> areas(r);
            case "institutions" -> institutions(r);
            case "orders" -> orders(r);
            case "flags" -> flags("flags", r.flags());
            default -> throw new org.skillpass.shared.domain.NotFoundException();
        };
    }

    private ReportTable regionSummary(RegionReport r) {
        Figures f = r.total();
        List<Row> rows = new ArrayList<>();
        rows.add(row("personTimes", t("report.fig.personTimes"), f.completed()));
        rows.add(row("target", t("report.fig.target"), r.target() == null ? null : r.target()));
        rows.add(row("yearToDate", t("report.fig.yearToDate"), r.yearToDate()));
        rows.add(row("targetAchieved", t("report.fig.targetAchieved"), r.targetAchieved()));
        rows.add(row("classes", t("report.fig.classes"), f.classes()));
        rows.add(row("participants", t("report.fig.participants"), f.participants()));
        rows.add(row("completionRate", t("report.fig.completionRate"), f.completionRate()));
        rows.add(row("assessed", t("report.fig.assessed"), f.assessed()));
        rows.add(row("passed", t("report.fig.passed"), f.passed()));
        rows.add(row("passRate", t("report.fig.passRate"), f.passRate()));
        rows.add(row("certified", t("report.fig.certified"), f.certified()));
        rows.add(row("certificatesIssued", t("report.fig.certificatesIssued"), r.certificatesIssued()));
        rows.add(row("hired", t("report.fig.hired"), f.hired()));
        rows.add(row("traineesDue", t("report.fig.traineesDue"), f.traineesDue()));
        rows.add(row("employed6", t("report.fig.employed6"), f.employed6()));
        rows.add(row("employmentRate", t("report.fig.employmentRate"), f.employmentRate()));
        rows.add(row("approved", t("report.fig.approved"), r.approved()));
        rows.add(row("paid", t("report.fig.paid"), r.paid()));
        rows.add(row("recovered", t("report.fig.recovered"), r.recovered()));
        rows.add(row("openFlags", t("report.fig.openFlags"), r.openFlags()));
        return table("summary", List.of(col("figure", Kind.TEXT), col("value", Kind.COUNT)), rows);
    }

    private ReportTable lines(String id, String labelColumn, List<RegionReport.Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.Line l : lines) {
            Figures f = l.figures();
            rows.add(row(l.key(), l.label().text(locale, Messages::text), f.classes(), f.participants(), f.completed(),
                    f.completionRate(), f.assessed(), f.passed(), f.passRate(), f.certified()));
        }
        return table(id, List.of(col(labelColumn, Kind.TEXT), col("classes", Kind.COUNT), col("participants", Kind.COUNT),
                col("personTimes", Kind.COUNT), col("completionRate", Kind.PERCENT), col("assessed", Kind.COUNT),
                col("passed", Kind.COUNT), col("passRate", Kind.PERCENT), col("certified", Kind.COUNT)), rows);
    }

    private ReportTable certificates(RegionReport r) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.CertificateLine c : r.certificates()) {
            rows.add(row(c.type() + ":" + c.level(), t("certType." + c.type()), c.level() == 0 ? ReportTable.NONE : t("level." + c.level()),
                    c.issued()));
        }
        return table("certificates", List.of(col("certType", Kind.TEXT), col("level", Kind.TEXT), col("issued", Kind.COUNT)), rows);
    }

    private ReportTable subsidies(RegionReport r) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.SubsidyLine s : r.subsidies()) {
            rows.add(row(s.type() + ":" + s.payee(), t("report.claimType." + s.type()), t("report.payee." + s.payee()),
                    s.submittedCount(), s.submitted(), s.approvedCount(), s.approved(), s.paidCount(), s.paid(),
                    s.recoveredCount(), s.recovered()));
        }
        return table("subsidies", List.of(col("claimType", Kind.TEXT), col("payee", Kind.TEXT), col("submittedCount", Kind.COUNT),
                col("submittedAmount", Kind.MONEY), col("approvedCount", Kind.COUNT), col("approvedAmount", Kind.MONEY),
                col("paidCount", Kind.COUNT), col("paidAmount", Kind.MONEY), col("recoveredCount", Kind.COUNT),
                col("recoveredAmount", Kind.MONEY)), rows);
    }

    private ReportTable areas(RegionReport r) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.Area a : r.areas()) {
            Figures f = a.figures();
            boolean region = a.kind() == RegionReport.AreaKind.REGION;
            rows.add(row((region ? "region:" : "institution:") + a.ref(), a.name().text(locale, Messages::text),
                    t("report.areaKind." + a.kind()), a.target(), f.completed(),
                    r.period().kind() == org.skillpass.reporting.domain.Period.Kind.YEAR ? a.ofTarget() : null,
                    f.completionRate(), f.passRate(), f.certified(), f.employmentRate(),
                    region ? a.certificates() : null, region ? a.approved() : null, region ? a.paid() : null, a.openFlags()));
        }
        return table("areas", List.of(col("area", Kind.TEXT), col("areaKind", Kind.TEXT), col("target", Kind.COUNT),
                col("personTimes", Kind.COUNT), col("ofTarget", Kind.PERCENT), col("completionRate", Kind.PERCENT),
                col("passRate", Kind.PERCENT), col("certified", Kind.COUNT), col("employmentRate", Kind.PERCENT),
                col("certificates", Kind.COUNT), col("approvedAmount", Kind.MONEY), col("paidAmount", Kind.MONEY),
                col("openFlags", Kind.COUNT)), rows);
    }

    private ReportTable institutions(RegionReport r) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.InstitutionLine i : r.institutions()) {
            Figures f = i.figures();
            rows.add(row("institution:" + i.id(), i.name(), i.region().text(locale, Messages::text), f.completed(),
                    f.completionRate(), f.passRate(), f.certified(), f.traineesDue(), f.employed6(), f.employmentRate(),
                    i.openFlags()));
        }
        return table("institutions", List.of(col("institution", Kind.TEXT), col("region", Kind.TEXT),
                col("personTimes", Kind.COUNT), col("completionRate", Kind.PERCENT), col("passRate", Kind.PERCENT),
                col("certified", Kind.COUNT), col("traineesDue", Kind.COUNT), col("employed6", Kind.COUNT),
                col("employmentRate", Kind.PERCENT), col("openFlags", Kind.COUNT)), rows);
    }

    private ReportTable orders(RegionReport r) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.OrderLine o : r.orders()) {
            Figures f = o.figures();
            rows.add(row("order:" + o.id(), o.id(), o.employer(), o.occupation().text(locale, Messages::text),
                    t("level." + o.level()), (long) o.headcount(), f.completed(), f.certified(), f.hired(), f.traineesDue(),
                    f.employed6(), f.employmentRate()));
        }
        return table("orders", List.of(col("order", Kind.TEXT), col("employer", Kind.TEXT), col("occupation", Kind.TEXT),
                col("level", Kind.TEXT), col("ordered", Kind.COUNT), col("trained", Kind.COUNT), col("certified", Kind.COUNT),
                col("hired", Kind.COUNT), col("traineesDue", Kind.COUNT), col("employed6", Kind.COUNT),
                col("employmentRate", Kind.PERCENT)), rows);
    }

    private ReportTable flags(String id, List<RegionReport.FlagLine> flags) {
        List<Row> rows = new ArrayList<>();
        for (RegionReport.FlagLine f : flags) {
            rows.add(row(f.kind(), t("flag." + f.kind()), f.open()));
        }
        return table(id, List.of(col("flagKind", Kind.TEXT), col("open", Kind.COUNT)), rows);
    }

    // ---------------------------------------------------------------- institution dashboard

    public ReportTable institution(InstitutionReport r, String id) {
        return switch (id) {
            case "isummary" -> institutionSummary(r);
            case "classes" -> classes(r);
            case "claims" -> claims(r);
            case "iflags" -> flags("iflags", r.flags());
            default -> throw new org.skillpass.shared.domain.NotFoundException();
        };
    }

    private ReportTable institutionSummary(InstitutionReport r) {
        Figures f = r.total();
        List<Row> rows = new ArrayList<>();
        rows.add(row("classes", t("report.fig.classes"), f.classes()));
        rows.add(row("capacity", t("report.fig.capacity"), f.capacity()));
        rows.add(row("participants", t("report.fig.participants"), f.participants()));
        rows.add(row("fillRate", t("report.fig.fillRate"), f.fillRate()));
        rows.add(row("personTimes", t("report.fig.personTimes"), f.completed()));
        rows.add(row("completionRate", t("report.fig.completionRate"), f.completionRate()));
        rows.add(row("assessed", t("report.fig.assessed"), f.assessed()));
        rows.add(row("passed", t("report.fig.passed"), f.passed()));
        rows.add(row("passRate", t("report.fig.passRate"), f.passRate()));
        rows.add(row("certified", t("report.fig.certified"), f.certified()));
        rows.add(row("hired", t("report.fig.hired"), f.hired()));
        rows.add(row("traineesDue", t("report.fig.traineesDue"), f.traineesDue()));
        rows.add(row("employed6", t("report.fig.employed6"), f.employed6()));
        rows.add(row("employmentRate", t("report.fig.employmentRate"), f.employmentRate()));
        rows.add(row("openFlags", t("report.fig.openFlags"), r.openFlags()));
        return table("isummary", List.of(col("figure", Kind.TEXT), col("value", Kind.COUNT)), rows);
    }

    private ReportTable classes(InstitutionReport r) {
        List<Row> rows = new ArrayList<>();
        for (InstitutionReport.ClassLine c : r.classes()) {
            Figures f = c.figures();
            rows.add(row("class:" + c.id(), c.name(), c.occupation().text(locale, Messages::text), c.startDate().toString(),
                    c.endDate().toString(), t("classState." + c.state()), (long) c.capacity(), (long) c.seats(), c.fillRate(),
                    f == null ? null : f.participants(), f == null ? null : f.completed(), f == null ? null : f.completionRate(),
                    f == null ? null : f.assessed(), f == null ? null : f.passed(), f == null ? null : f.passRate(),
                    f == null ? null : f.certified(), f == null ? null : f.hired(), f == null ? null : f.traineesDue(),
                    f == null ? null : f.employed6(), f == null ? null : f.employmentRate()));
        }
        return table("classes", List.of(col("class", Kind.TEXT), col("occupation", Kind.TEXT), col("start", Kind.TEXT),
                col("end", Kind.TEXT), col("state", Kind.TEXT), col("capacity", Kind.COUNT), col("seats", Kind.COUNT),
                col("fillRate", Kind.PERCENT), col("participants", Kind.COUNT), col("personTimes", Kind.COUNT),
                col("completionRate", Kind.PERCENT), col("assessed", Kind.COUNT), col("passed", Kind.COUNT),
                col("passRate", Kind.PERCENT), col("certified", Kind.COUNT), col("hired", Kind.COUNT),
                col("traineesDue", Kind.COUNT), col("employed6", Kind.COUNT), col("employmentRate", Kind.PERCENT)), rows);
    }

    private ReportTable claims(InstitutionReport r) {
        List<Row> rows = new ArrayList<>();
        for (InstitutionReport.ClaimLine c : r.claims()) {
            rows.add(row(c.type() + ":" + c.state(), t("report.claimType." + c.type()), t("report.claimState." + c.state()),
                    c.count(), c.amount()));
        }
        return table("claims", List.of(col("claimType", Kind.TEXT), col("claimState", Kind.TEXT), col("count", Kind.COUNT),
                col("amount", Kind.MONEY)), rows);
    }

    // ---------------------------------------------------------------- employer dashboard

    public ReportTable employer(EmployerReport r, String id) {
        if (!"eorders".equals(id)) {
            throw new org.skillpass.shared.domain.NotFoundException();
        }
        List<Row> rows = new ArrayList<>();
        for (EmployerReport.OrderLine o : r.orders()) {
            Figures f = o.figures();
            rows.add(row("order:" + o.id(), o.id(), o.occupation().text(locale, Messages::text), t("level." + o.level()),
                    t("orderState." + o.state()), o.deadline() == null ? null : o.deadline().toString(), (long) o.ordered(),
                    o.seats(), f.completed(), f.certified(), f.hired(), f.traineesDue(), f.employed6(), f.employmentRate(),
                    Figures.percent(f.hired(), o.ordered())));
        }
        Figures total = r.total();
        rows.add(row(null, t("report.total"), null, null, null, null, r.ordered(), r.seats(), total.completed(), total.certified(),
                total.hired(), total.traineesDue(), total.employed6(), total.employmentRate(), Figures.percent(total.hired(), r.ordered())));
        return table("eorders", List.of(col("order", Kind.TEXT), col("occupation", Kind.TEXT), col("level", Kind.TEXT),
                col("state", Kind.TEXT), col("deadline", Kind.TEXT), col("ordered", Kind.COUNT), col("seats", Kind.COUNT),
                col("trained", Kind.COUNT), col("certified", Kind.COUNT), col("hired", Kind.COUNT), col("traineesDue", Kind.COUNT),
                col("employed6", Kind.COUNT), col("employmentRate", Kind.PERCENT), col("hireRate", Kind.PERCENT)), rows);
    }

    /** A percentage or amount for charts (0 for none). */
    static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : v instanceof BigDecimal b ? b.doubleValue() : 0;
    }
}
