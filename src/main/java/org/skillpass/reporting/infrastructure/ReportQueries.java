package org.skillpass.reporting.infrastructure;

import org.skillpass.reporting.domain.Figures;
import org.skillpass.shared.domain.RegionPath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read side of the dashboards: short primary-key range scans over the summary tables (a region is its
 * path — the summaries hold a row per region level, so a province's figures are the rows at its own path —
 * and a period a range of months) and a few lookups of names. No query here reads enrolments. Open fraud
 * flags are counted from an index on attendance_flag (a region's paths are a prefix range there).
 */
public final class ReportQueries {

    private static final String SUMS = "SUM(classes), SUM(capacity), SUM(participants), SUM(completed), SUM(assessed), "
            + "SUM(passed), SUM(certified), SUM(hired), SUM(trainees_due), SUM(employed6)";

    /**
     * The months of report_training to read: a range of months (the year rows, month 00, left out), or exactly one
     * year row when {@code from == to} is one (202500: all of 2025). Parameters: from, to, 1 for a year row.
     */
    private static final String MONTHS = "month BETWEEN ? AND ? AND (MOD(month, 100) <> 0 OR ? = 1)";

    private static int yearRow(int from, int to) {
        return from == to && from % 100 == 0 ? 1 : 0;
    }

    private final Sql sql;

    public ReportQueries(Sql sql) {
        this.sql = sql;
    }

    static Figures figures(Object[] r, int from) {
        return new Figures(Sql.num(r[from]), Sql.num(r[from + 1]), Sql.num(r[from + 2]), Sql.num(r[from + 3]),
                Sql.num(r[from + 4]), Sql.num(r[from + 5]), Sql.num(r[from + 6]), Sql.num(r[from + 7]), Sql.num(r[from + 8]),
                Sql.num(r[from + 9]));
    }

    /** The child's path a row belongs to below the scope, or "" for rows of the scope region itself. */
    public static String child(String scopePath, String path) {
        return path.length() > scopePath.length() ? path.substring(0, Math.min(path.length(), scopePath.length() + 7)) : "";
    }

    /** Figures per (dimension, key) of a region (and everything below it) over months {@code from..to} (yyyymm). */
    public Map<String, Map<String, Figures>> byDimensions(String scopePath, int from, int to, String... dims) {
        String in = String.join(", ", java.util.Collections.nCopies(dims.length, "?"));
        List<Object> args = new ArrayList<>(List.of((Object[]) dims));
        args.add(scopePath);
        args.add(from);
        args.add(to);
        args.add(yearRow(from, to));
        Map<String, Map<String, Figures>> out = new LinkedHashMap<>();
        for (String d : dims) {
            out.put(d, new LinkedHashMap<>());
        }
        for (Object[] r : sql.rows("SELECT dim, dim_key, " + SUMS + " FROM report_training WHERE dim IN (" + in + ") "
                + "AND region_path = ? AND " + MONTHS + " GROUP BY dim, dim_key ORDER BY dim, dim_key", args.toArray())) {
            out.get((String) r[0]).put((String) r[1], figures(r, 2));
        }
        return out;
    }

    /** All-classes figures of each of the given regions (by path). */
    public Map<String, Figures> byRegions(Collection<String> paths, int from, int to) {
        Map<String, Figures> out = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>(paths);
        args.add(from);
        args.add(to);
        args.add(yearRow(from, to));
        for (Object[] r : sql.rows("SELECT region_path, " + SUMS + " FROM report_training WHERE dim = 'A' AND region_path IN ("
                + placeholders(paths.size()) + ") AND " + MONTHS + " GROUP BY region_path", args.toArray())) {
            out.put((String) r[0], figures(r, 1));
        }
        return out;
    }

    /** An institution's (or order's) figures in a region. */
    public record Keyed(String key, Figures figures) {
    }

    /** Per key of one dimension (I or E) in the region (and below) and period. */
    public List<Keyed> byKey(String dim, String scopePath, int from, int to) {
        List<Keyed> out = new ArrayList<>();
        for (Object[] r : sql.rows("SELECT dim_key, " + SUMS + " FROM report_training WHERE dim = ? "
                + "AND region_path = ? AND " + MONTHS + " GROUP BY dim_key", dim, scopePath, from, to, yearRow(from, to))) {
            out.add(new Keyed((String) r[0], figures(r, 1)));
        }
        return out;
    }

    /**
     * Figures of given keys of one dimension over months at their province rows (every class counts once at its
     * province), e.g. one institution or an employer's orders.
     */
    public Map<String, Figures> forKeys(String dim, Collection<String> keys, int from, int to) {
        Map<String, Figures> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<Long> ids = keys.stream().map(Long::valueOf).toList();
        for (Object[] r : sql.rows("SELECT dim_key, " + SUMS + " FROM report_training WHERE dim = ? AND dim_key IN ("
                + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ") AND " + MONTHS + " "
                + "AND LENGTH(region_path) - LENGTH(REPLACE(region_path, '/', '')) = 1 GROUP BY dim_key", dim, from, to, yearRow(from, to))) {
            out.put((String) r[0], figures(r, 1));
        }
        return out;
    }

    /** Certificates issued: (region path, type, level) → count, for each of the given regions. */
    public record CertificateCount(String path, String type, int level, long issued) {
    }

    public List<CertificateCount> certificates(Collection<String> paths, int from, int to) {
        List<CertificateCount> out = new ArrayList<>();
        List<Object> args = new ArrayList<>(paths);
        args.add(from);
        args.add(to);
        for (Object[] r : sql.rows("SELECT region_path, cert_type, level, SUM(issued) FROM report_certificate WHERE region_path IN ("
                + placeholders(paths.size()) + ") AND month BETWEEN ? AND ? GROUP BY region_path, cert_type, level", args.toArray())) {
            out.add(new CertificateCount((String) r[0], (String) r[1], (int) Sql.num(r[2]), Sql.num(r[3])));
        }
        return out;
    }

    /** Subsidy money: (region path, claim type, payee) → counts and amounts filed, approved, paid, recovered. */
    public record Money(String path, String type, String payee, long submittedCount, BigDecimal submitted,
                        long approvedCount, BigDecimal approved, long paidCount, BigDecimal paid,
                        long recoveredCount, BigDecimal recovered) {
    }

    public List<Money> subsidies(Collection<String> paths, int from, int to) {
        List<Money> out = new ArrayList<>();
        List<Object> args = new ArrayList<>(paths);
        args.add(from);
        args.add(to);
        for (Object[] r : sql.rows("SELECT region_path, claim_type, payee, SUM(submitted_count), SUM(submitted_amount), "
                + "SUM(approved_count), SUM(approved_amount), SUM(paid_count), SUM(paid_amount), SUM(recovered_count), "
                + "SUM(recovered_amount) FROM report_subsidy WHERE region_path IN (" + placeholders(paths.size()) + ") "
                + "AND month BETWEEN ? AND ? GROUP BY region_path, claim_type, payee", args.toArray())) {
            out.add(new Money((String) r[0], (String) r[1], (String) r[2], Sql.num(r[3]), Sql.money(r[4]),
                    Sql.num(r[5]), Sql.money(r[6]), Sql.num(r[7]), Sql.money(r[8]), Sql.num(r[9]), Sql.money(r[10])));
        }
        return out;
    }

    /** Open (unresolved) attendance flags: (child path, institution, kind) → count, from the covering index. */
    public record FlagCount(String child, long institutionId, String kind, long open) {
    }

    public List<FlagCount> openFlags(String scopePath) {
        List<FlagCount> out = new ArrayList<>();
        int len = scopePath.length() + 7;
        for (Object[] r : sql.rows("SELECT SUBSTRING(region_path, 1, ?) AS child, institution_id, kind, COUNT(*) FROM attendance_flag "
                + "WHERE resolved_at IS NULL AND region_path LIKE ? GROUP BY child, institution_id, kind",
                len, RegionPath.likePattern(scopePath))) {
            out.add(new FlagCount(child(scopePath, (String) r[0]), Sql.num(r[1]), (String) r[2], Sql.num(r[3])));
        }
        return out;
    }

    /** Open flags of one institution by kind. */
    public Map<String, Long> openFlagsOf(long institutionId) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : sql.rows("SELECT kind, COUNT(*) FROM attendance_flag WHERE institution_id = ? AND resolved_at IS NULL "
                + "GROUP BY kind ORDER BY kind", institutionId)) {
            out.put((String) r[0], Sql.num(r[1]));
        }
        return out;
    }

    /** Targets of regions for a year. */
    public Map<String, Long> targets(int year, Collection<String> regionCodes) {
        Map<String, Long> out = new HashMap<>();
        if (regionCodes.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>();
        args.add(year);
        args.addAll(regionCodes);
        for (Object[] r : sql.rows("SELECT region_code, person_times FROM report_target WHERE year = ? AND region_code IN ("
                + placeholders(regionCodes.size()) + ")", args.toArray())) {
            out.put((String) r[0], Sql.num(r[1]));
        }
        return out;
    }

    /** A region of the tree. */
    public record RegionRow(String code, String nameZh, String nameEn, String level, String parentCode, String path) {
    }

    public RegionRow region(String code) {
        List<Object[]> rows = sql.rows("SELECT code, name_zh, name_en, level, parent_code, path FROM region WHERE code = ?", code);
        return rows.isEmpty() ? null : regionRow(rows.get(0));
    }

    public RegionRow regionByPath(String path) {
        List<Object[]> rows = sql.rows("SELECT code, name_zh, name_en, level, parent_code, path FROM region WHERE path = ?", path);
        return rows.isEmpty() ? null : regionRow(rows.get(0));
    }

    public List<RegionRow> children(String code) {
        return sql.rows("SELECT code, name_zh, name_en, level, parent_code, path FROM region WHERE parent_code = ? ORDER BY code", code)
                .stream().map(ReportQueries::regionRow).toList();
    }

    /** The region and every region below it, in path order (for choosing a region). */
    public List<RegionRow> subtree(String path) {
        return sql.rows("SELECT code, name_zh, name_en, level, parent_code, path FROM region WHERE path LIKE ? ORDER BY path",
                RegionPath.likePattern(path)).stream().map(ReportQueries::regionRow).toList();
    }

    public List<RegionRow> roots() {
        return sql.rows("SELECT code, name_zh, name_en, level, parent_code, path FROM region WHERE parent_code IS NULL ORDER BY code")
                .stream().map(ReportQueries::regionRow).toList();
    }

    private static RegionRow regionRow(Object[] r) {
        return new RegionRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]);
    }

    /** An organisation's name, type and region. */
    public record OrgRow(long id, String name, String type, String regionCode, String regionPath) {
    }

    public Map<Long, OrgRow> organisations(Collection<Long> ids) {
        Map<Long, OrgRow> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : sql.rows("SELECT id, name, type, region_code, region_path FROM organisation WHERE id IN (" + numbers(ids) + ")")) {
            out.put(Sql.num(r[0]), new OrgRow(Sql.num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return out;
    }

    public OrgRow organisation(long id) {
        return organisations(List.of(id)).get(id);
    }

    /** An occupation's code and names. */
    public record OccupationRow(long id, String code, String nameZh, String nameEn) {
    }

    public Map<Long, OccupationRow> occupations(Collection<Long> ids) {
        Map<Long, OccupationRow> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : sql.rows("SELECT id, code, name_zh, name_en FROM occupation WHERE id IN (" + numbers(ids) + ")")) {
            out.put(Sql.num(r[0]), new OccupationRow(Sql.num(r[0]), (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** An employer order as the dashboards show it. */
    public record OrderRow(long id, long employerId, String employerName, String regionPath, Long institutionId,
                           long occupationId, int level, int headcount, String state, LocalDate deadline) {
    }

    public Map<Long, OrderRow> orders(Collection<Long> ids) {
        Map<Long, OrderRow> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : sql.rows("SELECT o.id, o.employer_id, e.name, o.region_path, o.institution_id, o.occupation_id, o.level, "
                + "o.headcount, o.state, o.deadline FROM training_order o JOIN organisation e ON e.id = o.employer_id "
                + "WHERE o.id IN (" + numbers(ids) + ") ORDER BY o.id")) {
            out.put(Sql.num(r[0]), orderRow(r));
        }
        return out;
    }

    /** An employer's orders, newest first. */
    public List<OrderRow> ordersOf(long employerId) {
        return sql.rows("SELECT o.id, o.employer_id, e.name, o.region_path, o.institution_id, o.occupation_id, o.level, o.headcount, "
                + "o.state, o.deadline FROM training_order o JOIN organisation e ON e.id = o.employer_id WHERE o.employer_id = ? "
                + "ORDER BY o.created_at DESC, o.id DESC", employerId).stream().map(ReportQueries::orderRow).toList();
    }

    private static OrderRow orderRow(Object[] r) {
        return new OrderRow(Sql.num(r[0]), Sql.num(r[1]), (String) r[2], (String) r[3], Sql.numOrNull(r[4]), Sql.num(r[5]),
                (int) Sql.num(r[6]), (int) Sql.num(r[7]), (String) r[8], Sql.date(r[9]));
    }

    /** Seats held in the classes of each order (current, from the class rows). */
    public Map<Long, Long> seatsOfOrders(Collection<Long> orderIds) {
        Map<Long, Long> out = new HashMap<>();
        if (orderIds.isEmpty()) {
            return out;
        }
        for (Object[] r : sql.rows("SELECT order_id, SUM(confirmed_count) FROM training_class WHERE order_id IN ("
                + numbers(orderIds) + ") GROUP BY order_id")) {
            out.put(Sql.num(r[0]), Sql.num(r[1]));
        }
        return out;
    }

    /** A class of an institution with its current seats and, once completed, its summary row. */
    public record ClassLine(long id, String name, LocalDate startDate, LocalDate endDate, String state, int capacity,
                            int seats, Long occupationId, Long orderId, Figures figures) {
    }

    /** The institution's classes that overlap the dates (by start date through the institution's index). */
    public List<ClassLine> classesOf(long institutionId, LocalDate from, LocalDate to) {
        List<ClassLine> out = new ArrayList<>();
        for (Object[] r : sql.rows("SELECT tc.id, tc.name, tc.start_date, tc.end_date, tc.state, tc.capacity, tc.confirmed_count, "
                + "co.occupation_id, tc.order_id, rc.class_id, 1, rc.capacity, rc.participants, rc.completed, rc.assessed, "
                + "rc.passed, rc.certified, rc.hired, rc.trainees_due, rc.employed6 FROM training_class tc "
                + "JOIN course co ON co.id = tc.course_id LEFT JOIN report_class rc ON rc.class_id = tc.id "
                + "WHERE tc.institution_id = ? AND tc.start_date <= ? AND tc.end_date >= ? AND tc.state <> 'DRAFT' "
                + "ORDER BY tc.end_date, tc.id", institutionId, to, from)) {
            Figures f = r[9] == null ? null : figures(r, 10);
            out.add(new ClassLine(Sql.num(r[0]), (String) r[1], Sql.date(r[2]), Sql.date(r[3]), (String) r[4], (int) Sql.num(r[5]),
                    (int) Sql.num(r[6]), Sql.numOrNull(r[7]), Sql.numOrNull(r[8]), f));
        }
        return out;
    }

    /**
     * Claims of an organisation (for its classes or paid to it) by type and current state, counted from the subsidy
     * context's claims through its organisation and payee indexes (an institution has hundreds, not millions).
     */
    public record ClaimCount(String type, String state, long count, BigDecimal amount) {
    }

    public List<ClaimCount> claimsOf(long organisationId) {
        List<ClaimCount> out = new ArrayList<>();
        for (Object[] r : sql.rows("SELECT claim_type, state, COUNT(*), SUM(amount) FROM ("
                + "SELECT id, type AS claim_type, state, amount FROM subsidy_claim WHERE organisation_id = ? UNION "
                + "SELECT id, type AS claim_type, state, amount FROM subsidy_claim WHERE payee_organisation_id = ?) x "
                + "GROUP BY claim_type, state ORDER BY claim_type, state", organisationId, organisationId)) {
            out.add(new ClaimCount((String) r[0], (String) r[1], Sql.num(r[2]), Sql.money(r[3])));
        }
        return out;
    }

    /**
     * Ids written into the SQL as numbers: EclipseLink binds positional parameters of a native query in time
     * quadratic in their count, which hundreds of ids (a province's institutions, orders) make noticeable.
     * Only whole numbers are ever written this way.
     */
    static String numbers(Collection<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(id.longValue());
        }
        return b.toString();
    }

    public static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }
}
