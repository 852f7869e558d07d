package org.skillpass.reporting.infrastructure;

import org.skillpass.reporting.domain.Figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps the summary tables current, one change at a time, inside the transaction of the change:
 * <ul>
 *   <li>a completed class: its participants' rows in {@code report_learner}, its row in {@code report_class},
 *       and its figures added to {@code report_training} under each dimension ({@link #refreshClass});</li>
 *   <li>a change to one learner (a locked result, a certificate issued or revoked, a hire decision):
 *       the learner's row is recomputed and only the difference is added to the class and the region rows
 *       ({@link #refreshLearner}). Differences commute, so concurrent transactions on learners of the same
 *       class (a certificate batch on two threads) neither lose updates nor wait on each other's reads;</li>
 *   <li>a certificate issued: +1 in {@code report_certificate};</li>
 *   <li>a claim filed, approved, paid or recovered: its money in {@code report_subsidy} (one statement).</li>
 * </ul>
 * {@link #rebuildAll} recomputes everything derivable from the source tables with the same SQL
 * ({@link #LEARNERS} and {@link #CLASSES} are the one definition of every figure), for the data generator
 * and as a repair. Plain SQL through {@link Sql}, so it runs in the container and over JDBC alike.
 */
public final class Summaries {

    /** Training dimensions of report_training (besides A = all). */
    public static final List<String> DIMENSIONS = List.of("A", "T", "M", "O", "I", "E");

    /**
     * One row per participant of a completed class: enrolment, class, completed, assessed, passed, certified,
     * hired, employed at six months. A participant held a seat when training began: completed, or withdrew
     * on or after the first day. Employed at six months: what the latest 6-month follow-up (跟踪回访, the subsidy
     * context's employment_follow_up) found, and without one, hired by the ordering employer with a start date
     * on or before the 6-month checkpoint. Append a condition on {@code e} or {@code tc}.
     */
    public static final String LEARNERS = """
            SELECT e.id, e.class_id,
                   e.state = 'COMPLETED',
                   e.state = 'COMPLETED' AND EXISTS (SELECT 1 FROM candidate ca JOIN assessment_session s ON s.id = ca.session_id
                        WHERE ca.enrolment_id = e.id AND s.results_state = 'LOCKED' AND ca.result IN ('PASS', 'FAIL')),
                   e.state = 'COMPLETED' AND EXISTS (SELECT 1 FROM candidate ca JOIN assessment_session s ON s.id = ca.session_id
                        WHERE ca.enrolment_id = e.id AND s.results_state = 'LOCKED' AND ca.result = 'PASS'),
                   e.state = 'COMPLETED' AND EXISTS (SELECT 1 FROM certificate ce WHERE ce.enrolment_id = e.id
                        AND ce.type IN ('SKILL_LEVEL', 'SPECIAL_ABILITY') AND ce.state <> 'REVOKED'),
                   e.state = 'COMPLETED' AND EXISTS (SELECT 1 FROM hire_decision h WHERE h.enrolment_id = e.id AND h.hired),
                   e.state = 'COMPLETED' AND COALESCE(
                        (SELECT fu.outcome = 'EMPLOYED' FROM employment_follow_up fu WHERE fu.class_id = e.class_id
                         AND fu.enrolment_id = e.id AND fu.checkpoint_months = 6 ORDER BY fu.recorded_on DESC, fu.id DESC LIMIT 1),
                        EXISTS (SELECT 1 FROM hire_decision h WHERE h.enrolment_id = e.id AND h.hired
                         AND h.start_date <= DATE_ADD(tc.end_date, INTERVAL 6 MONTH)))
            FROM enrolment e JOIN training_class tc ON tc.id = e.class_id
            WHERE tc.state IN ('COMPLETED', 'ARCHIVED')
              AND (e.state = 'COMPLETED' OR (e.state = 'WITHDRAWN' AND e.confirmed_at IS NOT NULL AND e.ended_at >= tc.start_date))
            """;

    /**
     * One row per completed class with its learners summed from report_learner; the last column says whether
     * its 6-month checkpoint has passed on the day given as the first parameter. Append a condition on {@code tc}.
     */
    public static final String CLASSES = """
            SELECT tc.id AS class_id, tc.institution_id, tc.region_path, tc.end_date,
                   YEAR(tc.end_date) * 100 + MONTH(tc.end_date) AS month, co.training_type, co.delivery_mode,
                   co.occupation_id, tc.order_id, tc.capacity,
                   COUNT(rl.enrolment_id) AS participants, COALESCE(SUM(rl.completed), 0) AS completed,
                   COALESCE(SUM(rl.assessed), 0) AS assessed, COALESCE(SUM(rl.passed), 0) AS passed,
                   COALESCE(SUM(rl.certified), 0) AS certified, COALESCE(SUM(rl.hired), 0) AS hired,
                   COALESCE(SUM(rl.employed), 0) AS employed, DATE_ADD(tc.end_date, INTERVAL 6 MONTH) <= ? AS due6
            FROM training_class tc JOIN course co ON co.id = tc.course_id
            LEFT JOIN report_learner rl ON rl.class_id = tc.id
            WHERE tc.state IN ('COMPLETED', 'ARCHIVED') %s
            GROUP BY tc.id, tc.institution_id, tc.region_path, tc.end_date, co.training_type, co.delivery_mode,
                     co.occupation_id, tc.order_id, tc.capacity
            """;

    private static final String CLASS_COLUMNS = "class_id, institution_id, region_path, end_date, month, training_type, "
            + "delivery_mode, occupation_id, order_id, capacity, participants, completed, assessed, passed, certified, hired, "
            + "employed, due6, trainees_due, employed6";

    private static final String TRAINING_COLUMNS = "classes, capacity, participants, completed, assessed, passed, certified, "
            + "hired, trainees_due, employed6";

    /** How deep the region tree goes (3: province, city, county); summaries hold a row per level. */
    public static int depth(Sql sql) {
        return (int) Sql.num(sql.rows("SELECT COALESCE(MAX(LENGTH(path) - LENGTH(REPLACE(path, '/', ''))), 1) FROM region").get(0)[0]);
    }

    private Summaries() {
    }

    /** A path and the paths above it: "220000/220200/220204/" → 220000/, 220000/220200/, 220000/220200/220204/. */
    public static List<String> ancestors(String path) {
        List<String> out = new ArrayList<>(3);
        int i = path.indexOf('/');
        while (i >= 0) {
            out.add(path.substring(0, i + 1));
            i = path.indexOf('/', i + 1);
        }
        return out;
    }

    /** SQL: the path cut after its {@code level}-th code (level 1: the province), for rows at least that deep. */
    static String prefix(String column, int level) {
        return "CONCAT(SUBSTRING_INDEX(" + column + ", '/', " + level + "), '/')";
    }

    static String deepEnough(String column, int level) {
        return "(LENGTH(" + column + ") - LENGTH(REPLACE(" + column + ", '/', ''))) >= " + level;
    }

    /** A learner's flags (report_learner). */
    public record Learner(long enrolmentId, long classId, boolean completed, boolean assessed, boolean passed,
                          boolean certified, boolean hired, boolean employed) {

        static Learner of(Object[] r) {
            return new Learner(Sql.num(r[0]), Sql.num(r[1]), Sql.bool(r[2]), Sql.bool(r[3]), Sql.bool(r[4]), Sql.bool(r[5]),
                    Sql.bool(r[6]), Sql.bool(r[7]));
        }
    }

    /** A class's row (report_class): where it counts and what it counts. */
    public record ClassRow(long classId, long institutionId, String regionPath, LocalDate endDate, int month,
                           String trainingType, String deliveryMode, Long occupationId, Long orderId, Figures figures,
                           long employed, boolean due6) {

        static ClassRow of(Object[] r) {
            long completed = Sql.num(r[11]);
            long employed = Sql.num(r[16]);
            boolean due = Sql.bool(r[17]);
            Figures f = new Figures(1, Sql.num(r[9]), Sql.num(r[10]), completed, Sql.num(r[12]), Sql.num(r[13]),
                    Sql.num(r[14]), Sql.num(r[15]), due ? completed : 0, due ? employed : 0);
            return new ClassRow(Sql.num(r[0]), Sql.num(r[1]), (String) r[2], Sql.date(r[3]), (int) Sql.num(r[4]), (String) r[5],
                    (String) r[6], Sql.numOrNull(r[7]), Sql.numOrNull(r[8]), f, employed, due);
        }

        /** The report_training keys this class adds to: (dim, key), all at its region and month. */
        List<String[]> keys() {
            List<String[]> k = new ArrayList<>(6);
            k.add(new String[]{"A", ""});
            k.add(new String[]{"T", trainingType});
            k.add(new String[]{"M", deliveryMode});
            k.add(new String[]{"O", occupationId == null ? "-" : occupationId.toString()});
            k.add(new String[]{"I", String.valueOf(institutionId)});
            if (orderId != null) {
                k.add(new String[]{"E", orderId.toString()});
            }
            return k;
        }
    }

    // ---------------------------------------------------------------- classes

    /**
     * Recomputes a class from its learners: its report_learner rows, its report_class row, and the difference
     * to what it added before in report_training. A class that is not (or no longer) completed counts nothing.
     * Locks the class's report_class row, so two refreshes of one class queue.
     */
    public static void refreshClass(Sql sql, long classId, LocalDate today) {
        ClassRow old = lockedClassRow(sql, classId);
        sql.update("DELETE FROM report_learner WHERE class_id = ?", classId);
        sql.update("INSERT INTO report_learner (enrolment_id, class_id, completed, assessed, passed, certified, hired, employed) "
                + LEARNERS + " AND e.class_id = ?", classId);
        List<Object[]> rows = sql.rows(String.format(CLASSES, "AND tc.id = ?"), today, classId);
        ClassRow now = rows.isEmpty() ? null : ClassRow.of(rows.get(0));
        if (now == null) {
            sql.update("DELETE FROM report_learner WHERE class_id = ?", classId);
            if (old != null) {
                sql.update("DELETE FROM report_class WHERE class_id = ?", classId);
            }
        } else if (old == null) {
            sql.update("INSERT INTO report_class (" + CLASS_COLUMNS + ", refreshed_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3))", classParams(now));
        } else {
            Object[] p = classParams(now);
            Object[] update = new Object[p.length];
            System.arraycopy(p, 1, update, 0, p.length - 1);
            update[p.length - 1] = classId;
            sql.update("UPDATE report_class SET institution_id = ?, region_path = ?, end_date = ?, month = ?, training_type = ?, "
                    + "delivery_mode = ?, occupation_id = ?, order_id = ?, capacity = ?, participants = ?, completed = ?, "
                    + "assessed = ?, passed = ?, certified = ?, hired = ?, employed = ?, due6 = ?, trainees_due = ?, "
                    + "employed6 = ?, refreshed_at = NOW(3) WHERE class_id = ?", update);
        }
        Map<String, Object[]> deltas = new TreeMap<>();
        if (old != null) {
            addDeltas(deltas, old, old.figures(), -1);
        }
        if (now != null) {
            addDeltas(deltas, now, now.figures(), +1);
        }
        applyTraining(sql, deltas);
    }

    /** Classes whose 6-month checkpoint has passed since their last refresh: refreshed so they count for employment. */
    public static int refreshDue(Sql sql, LocalDate today) {
        List<Object[]> due = sql.rows("SELECT class_id FROM report_class WHERE due6 = FALSE AND end_date <= ? ORDER BY class_id",
                today.minusMonths(6));
        for (Object[] r : due) {
            refreshClass(sql, Sql.num(r[0]), today);
        }
        return due.size();
    }

    private static ClassRow lockedClassRow(Sql sql, long classId) {
        List<Object[]> rows = sql.rows("SELECT " + CLASS_COLUMNS + " FROM report_class WHERE class_id = ? FOR UPDATE", classId);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        long completed = Sql.num(r[11]);
        Figures f = new Figures(1, Sql.num(r[9]), Sql.num(r[10]), completed, Sql.num(r[12]), Sql.num(r[13]), Sql.num(r[14]),
                Sql.num(r[15]), Sql.num(r[18]), Sql.num(r[19]));
        return new ClassRow(Sql.num(r[0]), Sql.num(r[1]), (String) r[2], Sql.date(r[3]), (int) Sql.num(r[4]), (String) r[5],
                (String) r[6], Sql.numOrNull(r[7]), Sql.numOrNull(r[8]), f, Sql.num(r[16]), Sql.bool(r[17]));
    }

    private static Object[] classParams(ClassRow c) {
        Figures f = c.figures();
        return new Object[]{c.classId(), c.institutionId(), c.regionPath(), c.endDate(), c.month(), c.trainingType(),
                c.deliveryMode(), c.occupationId(), c.orderId(), f.capacity(), f.participants(), f.completed(), f.assessed(),
                f.passed(), f.certified(), f.hired(), c.employed(), c.due6(), f.traineesDue(), f.employed6()};
    }

    // ---------------------------------------------------------------- learners

    /**
     * Recomputes one learner of a completed class after a change to them (a locked result, a certificate, a
     * hire) and adds the difference to their class and its region rows. Nothing happens for a learner whose
     * class is not summarised yet (it will be when the class completes).
     */
    public static void refreshLearner(Sql sql, long enrolmentId, LocalDate today) {
        List<Object[]> oldRows = sql.rows("SELECT enrolment_id, class_id, completed, assessed, passed, certified, hired, employed "
                + "FROM report_learner WHERE enrolment_id = ? FOR UPDATE", enrolmentId);
        Learner old = oldRows.isEmpty() ? null : Learner.of(oldRows.get(0));
        List<Object[]> nowRows = sql.rows(LEARNERS + " AND e.id = ?", enrolmentId);
        Learner now = nowRows.isEmpty() ? null : Learner.of(nowRows.get(0));
        if (Objects.equals(old, now)) {
            return;
        }
        long classId = now != null ? now.classId() : old.classId();
        ClassRow row = lockedClassRow(sql, classId);
        if (row == null) {
            refreshClass(sql, classId, today); // completed but never summarised: the whole class at once
            return;
        }
        if (old == null) {
            sql.update("INSERT INTO report_learner (enrolment_id, class_id, completed, assessed, passed, certified, hired, employed) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", now.enrolmentId(), now.classId(), now.completed(), now.assessed(),
                    now.passed(), now.certified(), now.hired(), now.employed());
        } else if (now == null) {
            sql.update("DELETE FROM report_learner WHERE enrolment_id = ?", enrolmentId);
        } else {
            sql.update("UPDATE report_learner SET completed = ?, assessed = ?, passed = ?, certified = ?, hired = ?, employed = ? "
                    + "WHERE enrolment_id = ?", now.completed(), now.assessed(), now.passed(), now.certified(), now.hired(),
                    now.employed(), enrolmentId);
        }
        long participants = (now == null ? 0 : 1) - (old == null ? 0 : 1);
        long completed = flag(now, Learner::completed) - flag(old, Learner::completed);
        long employed = flag(now, Learner::employed) - flag(old, Learner::employed);
        Figures delta = new Figures(0, 0, participants, completed,
                flag(now, Learner::assessed) - flag(old, Learner::assessed),
                flag(now, Learner::passed) - flag(old, Learner::passed),
                flag(now, Learner::certified) - flag(old, Learner::certified),
                flag(now, Learner::hired) - flag(old, Learner::hired),
                row.due6() ? completed : 0, row.due6() ? employed : 0);
        sql.update("UPDATE report_class SET participants = participants + ?, completed = completed + ?, assessed = assessed + ?, "
                + "passed = passed + ?, certified = certified + ?, hired = hired + ?, employed = employed + ?, "
                + "trainees_due = trainees_due + ?, employed6 = employed6 + ?, refreshed_at = NOW(3) WHERE class_id = ?",
                delta.participants(), delta.completed(), delta.assessed(), delta.passed(), delta.certified(), delta.hired(),
                employed, delta.traineesDue(), delta.employed6(), classId);
        Map<String, Object[]> deltas = new TreeMap<>();
        addDeltas(deltas, row, delta, +1);
        applyTraining(sql, deltas);
    }

    private static long flag(Learner l, java.util.function.Predicate<Learner> f) {
        return l != null && f.test(l) ? 1 : 0;
    }

    // ---------------------------------------------------------------- report_training

    private static void addDeltas(Map<String, Object[]> into, ClassRow c, Figures f, int sign) {
        if (f.isZero()) {
            return;
        }
        Figures signed = sign > 0 ? f : Figures.NONE.minus(f);
        for (String path : ancestors(c.regionPath())) {
            for (int month : new int[]{c.month(), yearBucket(c.month())}) {
                for (String[] k : c.keys()) {
                    String id = k[0] + "|" + path + "|" + month + "|" + k[1];
                    Object[] e = into.get(id);
                    Figures sum = e == null ? signed : ((Figures) e[4]).plus(signed);
                    into.put(id, new Object[]{k[0], path, month, k[1], sum});
                }
            }
        }
    }

    /** The row of a whole year in report_training: month 00 (202500 for 2025), so a year is one row per key. */
    public static int yearBucket(int month) {
        return month / 100 * 100;
    }

    /**
     * Adds the differences in one multi-row statement (in key order, so concurrent transactions lock rows in the
     * same order): a class completing touches 36 rows (6 dimensions × 3 levels × month and year), a learner fewer.
     */
    private static void applyTraining(Sql sql, Map<String, Object[]> deltas) {
        List<Object[]> rows = deltas.values().stream().filter(d -> !((Figures) d[4]).isZero()).toList();
        for (int from = 0; from < rows.size(); from += 100) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 100));
            StringBuilder values = new StringBuilder();
            List<Object> args = new ArrayList<>(chunk.size() * 14);
            for (Object[] d : chunk) {
                Figures f = (Figures) d[4];
                values.append(values.length() == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                args.addAll(List.of(d[0], d[1], d[2], d[3], f.classes(), f.capacity(), f.participants(), f.completed(), f.assessed(),
                        f.passed(), f.certified(), f.hired(), f.traineesDue(), f.employed6()));
            }
            sql.update("INSERT INTO report_training (dim, region_path, month, dim_key, " + TRAINING_COLUMNS + ") VALUES " + values
                    + " ON DUPLICATE KEY UPDATE classes = classes + VALUES(classes), "
                    + "capacity = capacity + VALUES(capacity), participants = participants + VALUES(participants), "
                    + "completed = completed + VALUES(completed), assessed = assessed + VALUES(assessed), "
                    + "passed = passed + VALUES(passed), certified = certified + VALUES(certified), hired = hired + VALUES(hired), "
                    + "trainees_due = trainees_due + VALUES(trainees_due), employed6 = employed6 + VALUES(employed6)", args.toArray());
        }
    }

    // ---------------------------------------------------------------- certificates

    /**
     * A certificate was issued: counted by its issuer's region, month, type and level (a reissue replaces a
     * certificate and is not counted again), and its learner recomputed (certified).
     */
    public static void certificateIssued(Sql sql, long certificateId, LocalDate today) {
        List<Object[]> rows = sql.rows("SELECT region_path, issued_on, type, COALESCE(level, 0), source, enrolment_id "
                + "FROM certificate WHERE id = ?", certificateId);
        if (rows.isEmpty()) {
            return;
        }
        Object[] r = rows.get(0);
        if (!"REISSUE".equals(r[4])) {
            LocalDate issuedOn = Sql.date(r[1]);
            for (String path : ancestors((String) r[0])) {
                sql.update("INSERT INTO report_certificate (region_path, month, cert_type, level, issued) VALUES (?, ?, ?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE issued = issued + 1", path, issuedOn.getYear() * 100 + issuedOn.getMonthValue(),
                        r[2], Sql.num(r[3]));
            }
        }
        if (r[5] != null && !"TRAINING_COMPLETION".equals(r[2])) {
            refreshLearner(sql, Sql.num(r[5]), today);
        }
    }

    /** A certificate was revoked: its learner may no longer count as certified. */
    public static void certificateRevoked(Sql sql, long certificateId, LocalDate today) {
        List<Object[]> rows = sql.rows("SELECT enrolment_id FROM certificate WHERE id = ?", certificateId);
        if (!rows.isEmpty() && rows.get(0)[0] != null) {
            refreshLearner(sql, Sql.num(rows.get(0)[0]), today);
        }
    }

    // ---------------------------------------------------------------- subsidies

    /** A claim moved (or was created: {@code from} null); amounts in yuan, {@code month} as yyyymm of the change. */
    public record ClaimChange(long claimId, String type, String payee, Long organisationId, Long payeeOrganisationId,
                              String regionPath, String from, String to, BigDecimal amount, int month,
                              java.time.LocalDateTime at) {
    }

    /**
     * Adds a claim's money to the month of the change, at its region and every region above, in one statement:
     * SUBMITTED counts as filed, APPROVED as approved, PAID as paid, RECOVERED as recovered (with the amount
     * recovered). Other transitions change no figure (a claim's current state is read from the subsidy context's
     * indexed claims).
     */
    public static void claimChanged(Sql sql, ClaimChange c) {
        claimsChanged(sql, List.of(c));
    }

    /** The figure column a transition to {@code to} adds to, or null when it adds to none. */
    static String subsidyColumn(String to) {
        return switch (to) {
            case "SUBMITTED" -> "submitted";
            case "APPROVED" -> "approved";
            case "PAID" -> "paid";
            case "RECOVERED" -> "recovered";
            default -> null;
        };
    }

    /** Rows per INSERT of {@link #claimsChanged}. */
    static final int SUBSIDY_ROWS_PER_STATEMENT = 500;

    /**
     * Many claims moved at once (a batch approval): their counts and money added up per region, month, claim
     * type, payee and figure first, then written with one multi-row INSERT … ON DUPLICATE KEY UPDATE per 500
     * summary rows, in key order (two batches touching the same rows lock them in the same order). Gives the
     * same figures as {@link #claimChanged} once per claim.
     */
    public static void claimsChanged(Sql sql, List<ClaimChange> changes) {
        record Key(String column, String path, int month, String type, String payee) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int c = column.compareTo(o.column);
                c = c != 0 ? c : path.compareTo(o.path);
                c = c != 0 ? c : Integer.compare(month, o.month);
                c = c != 0 ? c : type.compareTo(o.type);
                return c != 0 ? c : payee.compareTo(o.payee);
            }
        }
        java.util.TreeMap<Key, Object[]> sums = new java.util.TreeMap<>();
        for (ClaimChange c : changes) {
            String column = subsidyColumn(c.to());
            if (column == null) {
                continue;
            }
            BigDecimal amount = c.amount() == null ? BigDecimal.ZERO : c.amount();
            for (String path : ancestors(c.regionPath())) {
                Object[] sum = sums.computeIfAbsent(new Key(column, path, c.month(), c.type(), c.payee()),
                        k -> new Object[]{0L, BigDecimal.ZERO});
                sum[0] = (Long) sum[0] + 1;
                sum[1] = ((BigDecimal) sum[1]).add(amount);
            }
        }
        String column = null;
        List<Object> args = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        int rows = 0;
        for (var e : sums.entrySet()) {
            Key k = e.getKey();
            if (rows == SUBSIDY_ROWS_PER_STATEMENT || (column != null && !column.equals(k.column()))) {
                writeSubsidy(sql, column, values, args);
                values.setLength(0);
                args.clear();
                rows = 0;
            }
            column = k.column();
            values.append(rows == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            args.addAll(List.of(k.path(), k.month(), k.type(), k.payee(), e.getValue()[0], e.getValue()[1]));
            rows++;
        }
        if (rows > 0) {
            writeSubsidy(sql, column, values, args);
        }
    }

    private static void writeSubsidy(Sql sql, String column, CharSequence values, List<Object> args) {
        sql.update("INSERT INTO report_subsidy (region_path, month, claim_type, payee, " + column + "_count, " + column + "_amount) "
                + "VALUES " + values + " ON DUPLICATE KEY UPDATE " + column + "_count = " + column + "_count + VALUES(" + column
                + "_count), " + column + "_amount = " + column + "_amount + VALUES(" + column + "_amount)", args.toArray());
    }

    // ---------------------------------------------------------------- follow-ups

    /**
     * Learners with 6-month follow-ups recorded since the last sweep (employment_follow_up only grows): each
     * recomputed. The watermark row is locked, so two servers never sweep the same rows twice at once.
     * Returns the number of learners recomputed.
     */
    public static int sweepFollowUps(Sql sql, LocalDate today) {
        List<Object[]> mark = sql.rows("SELECT last_id FROM report_watermark WHERE name = 'employment_follow_up' FOR UPDATE");
        long last = mark.isEmpty() ? 0 : Sql.num(mark.get(0)[0]);
        List<Object[]> rows = sql.rows("SELECT id, enrolment_id FROM employment_follow_up WHERE id > ? ORDER BY id LIMIT 5000", last);
        if (rows.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> learners = new java.util.TreeSet<>();
        for (Object[] r : rows) {
            learners.add(Sql.num(r[1]));
            last = Math.max(last, Sql.num(r[0]));
        }
        for (long enrolment : learners) {
            refreshLearner(sql, enrolment, today);
        }
        setWatermark(sql, last);
        return learners.size();
    }

    private static void setWatermark(Sql sql, long last) {
        sql.update("INSERT INTO report_watermark (name, last_id) VALUES ('employment_follow_up', ?) "
                + "ON DUPLICATE KEY UPDATE last_id = VALUES(last_id)", last);
    }

    // ---------------------------------------------------------------- rebuild

    /**
     * Recomputes every summary from the source tables (learners, classes, training rows, certificates, claims)
     * with the same SQL as the incremental path; claim money by the month of each claim's timestamps in the
     * reporting zone (given as its UTC offset, e.g. '+08:00'). In one transaction when given one; for large
     * databases see {@link SummaryRebuild}.
     */
    public static void rebuildAll(Sql sql, LocalDate today, String utcOffset) {
        sql.update("DELETE FROM report_training");
        sql.update("DELETE FROM report_class");
        sql.update("DELETE FROM report_learner");
        sql.update("DELETE FROM report_certificate");
        sql.update("DELETE FROM report_subsidy");
        setWatermark(sql, Sql.num(sql.rows("SELECT COALESCE(MAX(id), 0) FROM employment_follow_up").get(0)[0]));
        sql.update(insertLearners(""));
        sql.update(insertClasses(""), today);
        int depth = depth(sql);
        for (int level = 1; level <= depth; level++) {
            for (String dim : DIMENSIONS) {
                sql.update(insertTraining(dim, level, false, ""));
                sql.update(insertTraining(dim, level, true, ""));
            }
            sql.update(insertCertificates(level, ""));
            for (String step : SUBSIDY_STEPS) {
                sql.update(insertSubsidy(step, level, ""), utcOffset);
            }
        }
        markBuilt(sql);
    }

    /** Records that the summaries hold all the data (a first start builds them when this is missing). */
    public static void markBuilt(Sql sql) {
        sql.update("INSERT INTO report_watermark (name, last_id) VALUES ('summaries', 1) ON DUPLICATE KEY UPDATE last_id = 1");
    }

    /** Whether the summaries were ever built (locks the marker until the transaction ends). */
    public static boolean built(Sql sql) {
        List<Object[]> r = sql.rows("SELECT last_id FROM report_watermark WHERE name = 'summaries' FOR UPDATE");
        return !r.isEmpty() && Sql.num(r.get(0)[0]) > 0;
    }

    /** The transitions counted in report_subsidy, as rebuilt from a claim's timestamps. */
    public static final List<String> SUBSIDY_STEPS = List.of("submitted", "approved", "paid", "recovered");

    /**
     * INSERT … SELECT of one step of report_subsidy from subsidy_claim's timestamps (stored in UTC; the
     * parameter is the reporting zone's offset, e.g. '+08:00'): filed when submitted, approved when decided
     * and not rejected, paid, recovered (with the amount recovered). Adds to rows already there.
     */
    public static String insertSubsidy(String step, int level, String condition) {
        String at = switch (step) {
            case "submitted" -> "submitted_at";
            case "approved" -> "decided_at";
            case "paid" -> "paid_at";
            case "recovered" -> "recovered_at";
            default -> throw new IllegalArgumentException(step);
        };
        String amount = "recovered".equals(step) ? "COALESCE(recovered_amount, amount)" : "amount";
        String extra = "approved".equals(step) ? " AND state <> 'REJECTED'" : "";
        return "INSERT INTO report_subsidy (region_path, month, claim_type, payee, " + step + "_count, " + step + "_amount) "
                + "SELECT p, m, type, payee_type, c, a FROM (SELECT " + prefix("region_path", level) + " AS p, type, payee_type, "
                + "EXTRACT(YEAR_MONTH FROM CONVERT_TZ(" + at + ", '+00:00', ?)) AS m, COUNT(*) AS c, SUM(" + amount + ") AS a "
                + "FROM subsidy_claim WHERE " + at + " IS NOT NULL" + extra + " AND " + deepEnough("region_path", level) + " "
                + condition + " GROUP BY p, type, payee_type, m) x "
                + "ON DUPLICATE KEY UPDATE " + step + "_count = " + step + "_count + VALUES(" + step + "_count), "
                + step + "_amount = " + step + "_amount + VALUES(" + step + "_amount)";
    }

    /** INSERT … SELECT of report_learner, with an extra condition (e.g. a class id range). */
    public static String insertLearners(String condition) {
        return "INSERT INTO report_learner (enrolment_id, class_id, completed, assessed, passed, certified, hired, employed) "
                + LEARNERS + " " + condition;
    }

    /** INSERT … SELECT of report_class (parameter: today), with an extra condition on {@code tc}. */
    public static String insertClasses(String condition) {
        return "INSERT INTO report_class (" + CLASS_COLUMNS + ", refreshed_at) SELECT f.*, IF(f.due6, f.completed, 0), "
                + "IF(f.due6, f.employed, 0), NOW(3) FROM (" + String.format(CLASSES, condition) + ") f";
    }

    /**
     * INSERT … SELECT of one dimension of report_training from report_class at one level of the region tree (every
     * class counts at its province, its city and its county), by month or ({@code years}) by year (month 00), with an
     * extra condition.
     */
    public static String insertTraining(String dim, int level, boolean years, String condition) {
        String key = switch (dim) {
            case "A" -> "''";
            case "T" -> "training_type";
            case "M" -> "delivery_mode";
            case "O" -> "COALESCE(CAST(occupation_id AS CHAR), '-')";
            case "I" -> "CAST(institution_id AS CHAR)";
            case "E" -> "CAST(order_id AS CHAR)";
            default -> throw new IllegalArgumentException(dim);
        };
        String where = "WHERE " + deepEnough("region_path", level) + ("E".equals(dim) ? " AND order_id IS NOT NULL " : " ") + condition;
        String path = prefix("region_path", level);
        String month = years ? "month DIV 100 * 100" : "month";
        return "INSERT INTO report_training (dim, region_path, month, dim_key, " + TRAINING_COLUMNS + ") "
                + "SELECT '" + dim + "', " + path + ", " + month + ", " + key + ", COUNT(*), SUM(capacity), SUM(participants), "
                + "SUM(completed), SUM(assessed), SUM(passed), SUM(certified), SUM(hired), SUM(trainees_due), SUM(employed6) "
                + "FROM report_class " + where + " GROUP BY " + path + ", " + month + ", " + key;
    }

    /** INSERT … SELECT of report_certificate at one level, with an extra condition on the certificate. */
    public static String insertCertificates(int level, String condition) {
        String path = prefix("region_path", level);
        return "INSERT INTO report_certificate (region_path, month, cert_type, level, issued) "
                + "SELECT " + path + ", YEAR(issued_on) * 100 + MONTH(issued_on), type, COALESCE(level, 0), COUNT(*) "
                + "FROM certificate WHERE source <> 'REISSUE' AND " + deepEnough("region_path", level) + " " + condition
                + " GROUP BY " + path + ", YEAR(issued_on) * 100 + MONTH(issued_on), type, COALESCE(level, 0)";
    }
}
