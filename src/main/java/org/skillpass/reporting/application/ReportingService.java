package org.skillpass.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.identity.domain.Role;
import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Label;
import org.skillpass.reporting.domain.Period;
import org.skillpass.reporting.infrastructure.ReportQueries;
import org.skillpass.reporting.infrastructure.ReportQueries.RegionRow;
import org.skillpass.reporting.infrastructure.Sql;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.RegionPath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dashboards, scoped by who asks: HR officers see their region and everything below it, institution
 * staff their institution, employers their orders, admins everything. Figures come from the summary tables
 * (see {@code reporting/package-info.java}); a page view runs a dozen indexed queries whatever the data size.
 */
@ApplicationScoped
public class ReportingService {

    public static final List<String> TRAINING_TYPES = enumNames(org.skillpass.catalog.domain.TrainingType.values());
    public static final List<String> DELIVERY_MODES = enumNames(org.skillpass.catalog.domain.DeliveryMode.values());
    public static final List<String> FLAG_KINDS = enumNames(org.skillpass.enrolment.domain.AttendanceFlag.Kind.values());

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    ReportQueries queries() {
        return new ReportQueries(Sql.of(em));
    }

    // ---------------------------------------------------------------- regions

    /** The region an HR officer (or admin) looks at when none is chosen: the bureau's own, or the first province. */
    public String defaultRegion(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        ReportQueries q = queries();
        if (!caller.isAdmin()) {
            RegionRow own = q.regionByPath(caller.regionPath());
            if (own == null) {
                throw new AccessDeniedException();
            }
            return own.code();
        }
        return q.roots().get(0).code();
    }

    /** Regions the caller may report on, in tree order. */
    public List<RegionReport.Place> regionsInScope(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        ReportQueries q = queries();
        List<RegionRow> rows = new ArrayList<>();
        if (caller.isAdmin()) {
            for (RegionRow root : q.roots()) {
                rows.addAll(q.subtree(root.path()));
            }
        } else {
            rows.addAll(q.subtree(caller.regionPath()));
        }
        return rows.stream().map(ReportingService::place).toList();
    }

    private RegionRow regionInScope(Caller caller, ReportQueries q, String regionCode) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        RegionRow region = q.region(regionCode == null || regionCode.isBlank() ? defaultRegion(caller) : regionCode.strip());
        if (region == null) {
            throw new NotFoundException();
        }
        if (!caller.isAdmin() && !RegionPath.covers(caller.regionPath(), region.path())) {
            throw new AccessDeniedException();
        }
        return region;
    }

    /** The HR dashboard of a region in the caller's scope for a period. */
    public RegionReport region(Caller caller, String regionCode, Period period) {
        ReportQueries q = queries();
        RegionRow region = regionInScope(caller, q, regionCode);
        String scope = region.path();
        int from = period.fromMonth();
        int to = period.toMonth();
        int sumFrom = period.summaryFrom();
        int sumTo = period.summaryTo();

        Map<String, Map<String, Figures>> dims = q.byDimensions(scope, sumFrom, sumTo, "A", "T", "M", "O");
        Figures total = dims.get("A").getOrDefault("", Figures.NONE);
        long yearToDate = period.kind() == Period.Kind.YEAR ? total.completed()
                : q.byDimensions(scope, period.yearToDateFromMonth(), to, "A").get("A").getOrDefault("", Figures.NONE).completed();

        List<RegionReport.Line> byType = new ArrayList<>();
        for (String t : TRAINING_TYPES) {
            byType.add(new RegionReport.Line(t, Label.key("type." + t), dims.get("T").getOrDefault(t, Figures.NONE)));
        }
        List<RegionReport.Line> byMode = new ArrayList<>();
        for (String m : DELIVERY_MODES) {
            byMode.add(new RegionReport.Line(m, Label.key("mode." + m), dims.get("M").getOrDefault(m, Figures.NONE)));
        }
        List<RegionReport.Line> byOccupation = occupationLines(q, dims.get("O"));

        // the region and its children (sub-regions): their rows are read by path
        List<RegionRow> children = q.children(region.code());
        List<String> childPaths = children.stream().map(RegionRow::path).toList();
        List<String> paths = new ArrayList<>(childPaths);
        paths.add(scope);
        List<ReportQueries.CertificateCount> allCerts = q.certificates(paths, from, to);
        List<ReportQueries.Money> allMoney = q.subsidies(paths, from, to);
        List<ReportQueries.CertificateCount> certs = allCerts.stream().filter(c -> c.path().equals(scope)).toList();
        List<ReportQueries.Money> money = allMoney.stream().filter(m -> m.path().equals(scope)).toList();
        List<ReportQueries.FlagCount> flags = q.openFlags(scope);
        List<ReportQueries.Keyed> institutions = q.byKey("I", scope, sumFrom, sumTo);
        List<ReportQueries.Keyed> orders = q.byKey("E", scope, sumFrom, sumTo);
        Set<String> codes = new HashSet<>();
        codes.add(region.code());
        children.forEach(c -> codes.add(c.code()));
        Map<String, Long> targets = q.targets(period.year(), codes);
        Map<String, Figures> byChild = q.byRegions(childPaths, sumFrom, sumTo);
        Set<Long> orgIds = new HashSet<>();
        institutions.forEach(k -> orgIds.add(Long.parseLong(k.key())));
        flags.forEach(f -> orgIds.add(f.institutionId()));
        Map<Long, ReportQueries.OrgRow> orgs = q.organisations(orgIds);

        Map<String, Long> certsByChild = new HashMap<>();
        allCerts.stream().filter(c -> !c.path().equals(scope)).forEach(c -> certsByChild.merge(c.path(), c.issued(), Long::sum));
        Map<String, BigDecimal[]> moneyByChild = new HashMap<>();
        allMoney.stream().filter(m -> !m.path().equals(scope)).forEach(m -> moneyByChild.merge(m.path(),
                new BigDecimal[]{m.approved(), m.paid()}, (a, b) -> new BigDecimal[]{a[0].add(b[0]), a[1].add(b[1])}));
        Map<String, Long> flagsByChild = new HashMap<>();
        Map<Long, Long> flagsByInstitution = new HashMap<>();
        for (ReportQueries.FlagCount f : flags) {
            flagsByChild.merge(f.child(), f.open(), Long::sum);
            flagsByInstitution.merge(f.institutionId(), f.open(), Long::sum);
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<RegionReport.Area> areas = new ArrayList<>();
        for (RegionRow c : children) {
            BigDecimal[] m = moneyByChild.getOrDefault(c.path(), new BigDecimal[]{zero, zero});
            areas.add(new RegionReport.Area(RegionReport.AreaKind.REGION, c.code(), Label.name(c.nameZh(), c.nameEn()),
                    targets.get(c.code()), byChild.getOrDefault(c.path(), Figures.NONE), certsByChild.getOrDefault(c.path(), 0L),
                    m[0], m[1], flagsByChild.getOrDefault(c.path(), 0L)));
        }
        // institutions located directly in this region (not in a sub-region)
        Map<Long, Figures> direct = new TreeMap<>();
        for (ReportQueries.Keyed k : institutions) {
            ReportQueries.OrgRow org = orgs.get(Long.parseLong(k.key()));
            if (org != null && scope.equals(org.regionPath())) {
                direct.put(org.id(), k.figures());
            }
        }
        for (ReportQueries.FlagCount f : flags) {
            ReportQueries.OrgRow org = orgs.get(f.institutionId());
            if (f.child().isEmpty() && org != null && scope.equals(org.regionPath())) {
                direct.putIfAbsent(f.institutionId(), Figures.NONE);
            }
        }
        List<RegionReport.Area> directAreas = new ArrayList<>();
        for (Map.Entry<Long, Figures> e : direct.entrySet()) {
            ReportQueries.OrgRow org = orgs.get(e.getKey());
            directAreas.add(new RegionReport.Area(RegionReport.AreaKind.INSTITUTION, String.valueOf(e.getKey()),
                    Label.name(org == null ? "#" + e.getKey() : org.name()), null, e.getValue(), 0, zero, zero,
                    flagsByInstitution.getOrDefault(e.getKey(), 0L)));
        }
        directAreas.sort(Comparator.comparing((RegionReport.Area a) -> a.name().zh()));
        areas.addAll(directAreas);

        Map<String, RegionRow> regionsByPath = new HashMap<>();
        regionsByPath.put(scope, region);
        children.forEach(c -> regionsByPath.put(c.path(), c));
        List<RegionReport.InstitutionLine> institutionLines = new ArrayList<>();
        for (ReportQueries.Keyed k : institutions) {
            long id = Long.parseLong(k.key());
            ReportQueries.OrgRow org = orgs.get(id);
            RegionRow where = org == null ? null : regionsByPath.get(ReportQueries.child(scope, org.regionPath()).isEmpty()
                    ? scope : ReportQueries.child(scope, org.regionPath()));
            institutionLines.add(new RegionReport.InstitutionLine(id, org == null ? "#" + id : org.name(),
                    where == null ? Label.name("") : Label.name(where.nameZh(), where.nameEn()), k.figures(),
                    flagsByInstitution.getOrDefault(id, 0L)));
        }
        institutionLines.sort(Comparator.comparing((RegionReport.InstitutionLine l) -> -l.figures().completed())
                .thenComparing(RegionReport.InstitutionLine::id));

        List<RegionReport.OrderLine> orderLines = orderLines(q, orders);

        Map<String, Long> certCounts = new TreeMap<>();
        certs.forEach(c -> certCounts.merge(c.type() + "|" + c.level(), c.issued(), Long::sum));
        List<RegionReport.CertificateLine> certLines = new ArrayList<>();
        for (String type : List.of("SKILL_LEVEL", "SPECIAL_ABILITY", "TRAINING_COMPLETION")) {
            int[] levels = "SKILL_LEVEL".equals(type) ? new int[]{5, 4, 3, 2, 1} : new int[]{0};
            for (int level : levels) {
                long n = certCounts.getOrDefault(type + "|" + level, 0L);
                certLines.add(new RegionReport.CertificateLine(type, level, n));
            }
        }

        Map<String, RegionReport.SubsidyLine> subsidyLines = new LinkedHashMap<>();
        for (ReportQueries.Money m : money) {
            subsidyLines.merge(m.type() + "|" + m.payee(), new RegionReport.SubsidyLine(m.type(), m.payee(), m.submittedCount(),
                    m.submitted(), m.approvedCount(), m.approved(), m.paidCount(), m.paid(), m.recoveredCount(), m.recovered()),
                    ReportingService::sum);
        }
        List<RegionReport.SubsidyLine> subsidies = new ArrayList<>(subsidyLines.values());
        subsidies.sort(Comparator.comparing((RegionReport.SubsidyLine s) -> ordinal(s.type(), CLAIM_TYPES))
                .thenComparing(s -> ordinal(s.payee(), PAYEES)));

        Map<String, Long> flagKinds = new LinkedHashMap<>();
        FLAG_KINDS.forEach(k -> flagKinds.put(k, 0L));
        flags.forEach(f -> flagKinds.merge(f.kind(), f.open(), Long::sum));
        List<RegionReport.FlagLine> flagLines = flagKinds.entrySet().stream()
                .map(e -> new RegionReport.FlagLine(e.getKey(), e.getValue())).toList();

        return new RegionReport(place(region), trail(caller, q, region), period, total, targets.get(region.code()), yearToDate,
                byType, byMode, byOccupation, certLines, subsidies, areas, institutionLines, orderLines, flagLines);
    }

    public static final List<String> CLAIM_TYPES = enumNames(org.skillpass.subsidy.domain.ClaimType.values());
    public static final List<String> PAYEES = enumNames(org.skillpass.subsidy.domain.PayeeType.values());
    public static final List<String> CLAIM_STATES = enumNames(org.skillpass.subsidy.domain.ClaimState.values());

    private static int ordinal(String value, List<String> order) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    private static RegionReport.SubsidyLine sum(RegionReport.SubsidyLine a, RegionReport.SubsidyLine b) {
        return new RegionReport.SubsidyLine(a.type(), a.payee(), a.submittedCount() + b.submittedCount(), a.submitted().add(b.submitted()),
                a.approvedCount() + b.approvedCount(), a.approved().add(b.approved()), a.paidCount() + b.paidCount(),
                a.paid().add(b.paid()), a.recoveredCount() + b.recoveredCount(), a.recovered().add(b.recovered()));
    }

    private List<RegionReport.Line> occupationLines(ReportQueries q, Map<String, Figures> byOccupation) {
        Set<Long> ids = new HashSet<>();
        byOccupation.keySet().stream().filter(k -> !"-".equals(k)).forEach(k -> ids.add(Long.parseLong(k)));
        Map<Long, ReportQueries.OccupationRow> names = q.occupations(ids);
        List<RegionReport.Line> lines = new ArrayList<>();
        byOccupation.forEach((k, f) -> {
            if ("-".equals(k)) {
                lines.add(new RegionReport.Line(k, Label.key("report.occupation.none"), f));
            } else {
                ReportQueries.OccupationRow o = names.get(Long.parseLong(k));
                lines.add(new RegionReport.Line(k, o == null ? Label.name("#" + k)
                        : Label.name(o.nameZh() + " " + o.code(), o.nameEn() + " " + o.code()), f));
            }
        });
        lines.sort(Comparator.comparing((RegionReport.Line l) -> -l.figures().completed()).thenComparing(RegionReport.Line::key));
        return lines;
    }

    private List<RegionReport.OrderLine> orderLines(ReportQueries q, List<ReportQueries.Keyed> orders) {
        Map<Long, Figures> figures = new HashMap<>();
        orders.forEach(k -> figures.put(Long.parseLong(k.key()), k.figures()));
        Map<Long, ReportQueries.OrderRow> rows = q.orders(figures.keySet());
        Set<Long> occIds = new HashSet<>();
        rows.values().forEach(o -> occIds.add(o.occupationId()));
        Map<Long, ReportQueries.OccupationRow> occ = q.occupations(occIds);
        List<RegionReport.OrderLine> out = new ArrayList<>();
        for (ReportQueries.OrderRow o : rows.values()) {
            out.add(new RegionReport.OrderLine(o.id(), o.employerName(), occupationLabel(occ.get(o.occupationId())), o.level(),
                    o.headcount(), o.state(), figures.get(o.id())));
        }
        out.sort(Comparator.comparing(RegionReport.OrderLine::id).reversed());
        return out;
    }

    private static Label occupationLabel(ReportQueries.OccupationRow o) {
        return o == null ? Label.key("report.occupation.none") : Label.name(o.nameZh(), o.nameEn());
    }

    private static List<RegionReport.Place> trail(Caller caller, ReportQueries q, RegionRow region) {
        List<RegionReport.Place> out = new ArrayList<>();
        String[] codes = region.path().split("/");
        StringBuilder path = new StringBuilder();
        for (String code : codes) {
            path.append(code).append('/');
            String p = path.toString();
            if (caller.isAdmin() || RegionPath.covers(caller.regionPath(), p)) {
                RegionRow r = p.equals(region.path()) ? region : q.regionByPath(p);
                if (r != null) {
                    out.add(place(r));
                }
            }
        }
        return out;
    }

    private static RegionReport.Place place(RegionRow r) {
        return new RegionReport.Place(r.code(), Label.name(r.nameZh(), r.nameEn()), r.level(), r.path());
    }

    // ---------------------------------------------------------------- institutions

    /**
     * An institution's dashboard: its own staff (the id may be omitted), HR officers of its region, admins.
     * Classes overlapping the period, with figures once completed; claims by state; open flags.
     */
    public InstitutionReport institution(Caller caller, Long institutionId, Period period) {
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        long id = institutionId != null ? institutionId
                : caller.has(Role.INSTITUTION_STAFF) && caller.organisationId() != null ? caller.organisationId() : -1;
        ReportQueries q = queries();
        ReportQueries.OrgRow org = q.organisation(id);
        if (org == null || !"INSTITUTION".equals(org.type()) || !mayReport(caller, org)) {
            throw new NotFoundException();
        }
        Figures total = q.forKeys("I", List.of(String.valueOf(id)), period.summaryFrom(), period.summaryTo())
                .getOrDefault(String.valueOf(id), Figures.NONE);
        List<ReportQueries.ClassLine> rows = q.classesOf(id, period.firstDay(), period.lastDay());
        Set<Long> occIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.occupationId() != null) {
                occIds.add(r.occupationId());
            }
        });
        Map<Long, ReportQueries.OccupationRow> occ = q.occupations(occIds);
        List<InstitutionReport.ClassLine> classes = rows.stream().map(r -> new InstitutionReport.ClassLine(r.id(), r.name(),
                r.occupationId() == null ? Label.key("report.occupation.none") : occupationLabel(occ.get(r.occupationId())),
                r.startDate(), r.endDate(), r.state(), r.capacity(), r.seats(), r.orderId(), r.figures())).toList();
        List<InstitutionReport.ClaimLine> claims = q.claimsOf(id).stream()
                .map(c -> new InstitutionReport.ClaimLine(c.type(), c.state(), c.count(), c.amount()))
                .sorted(Comparator.comparing((InstitutionReport.ClaimLine c) -> ordinal(c.type(), CLAIM_TYPES))
                        .thenComparing(c -> ordinal(c.state(), CLAIM_STATES))).toList();
        Map<String, Long> open = q.openFlagsOf(id);
        List<RegionReport.FlagLine> flags = FLAG_KINDS.stream().map(k -> new RegionReport.FlagLine(k, open.getOrDefault(k, 0L))).toList();
        RegionRow where = q.region(org.regionCode());
        return new InstitutionReport(id, org.name(), where == null ? Label.name("") : Label.name(where.nameZh(), where.nameEn()),
                org.regionCode(), period, total, classes, claims, flags);
    }

    // ---------------------------------------------------------------- employers

    /** An employer's dashboard: its own staff (the id may be omitted), HR officers of its region, admins. */
    public EmployerReport employer(Caller caller, Long employerId) {
        caller.require(Role.EMPLOYER, Role.HR_OFFICER, Role.ADMIN);
        long id = employerId != null ? employerId
                : caller.has(Role.EMPLOYER) && caller.organisationId() != null ? caller.organisationId() : -1;
        ReportQueries q = queries();
        ReportQueries.OrgRow org = q.organisation(id);
        if (org == null || !"EMPLOYER".equals(org.type()) || !mayReport(caller, org)) {
            throw new NotFoundException();
        }
        List<ReportQueries.OrderRow> orders = q.ordersOf(id);
        List<String> keys = orders.stream().map(o -> String.valueOf(o.id())).toList();
        Map<String, Figures> figures = q.forKeys("E", keys, 0, 999912);
        Map<Long, Long> seats = q.seatsOfOrders(orders.stream().map(ReportQueries.OrderRow::id).toList());
        Set<Long> occIds = new HashSet<>();
        orders.forEach(o -> occIds.add(o.occupationId()));
        Map<Long, ReportQueries.OccupationRow> occ = q.occupations(occIds);
        List<EmployerReport.OrderLine> lines = orders.stream().map(o -> new EmployerReport.OrderLine(o.id(),
                occupationLabel(occ.get(o.occupationId())), o.level(), o.state(), o.deadline(), o.headcount(),
                seats.getOrDefault(o.id(), 0L), figures.getOrDefault(String.valueOf(o.id()), Figures.NONE))).toList();
        return new EmployerReport(id, org.name(), lines);
    }

    /** Own organisation, HR officers of the organisation's region (and above), admins. */
    private static boolean mayReport(Caller caller, ReportQueries.OrgRow org) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.has(Role.HR_OFFICER) && RegionPath.covers(caller.regionPath(), org.regionPath())) {
            return true;
        }
        return caller.organisationId() != null && caller.organisationId() == org.id()
                && (caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.EMPLOYER));
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return List.copyOf(out);
    }
}
