package org.skillpass.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixtures for the reporting tests over JDBC: a region tree of its own (so no other test's data falls
 * into the figures), courses, classes in training with enrolments in given states, orders and attendance
 * flags. Usable in the container and from the browser tests.
 */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A province with two cities; the first city has two counties, the second one. */
    public record Tree(Region province, Region city1, Region county11, Region county12, Region city2, Region county21) {
    }

    public record Region(String code, String path, String name) {
    }

    public static Tree tree(String tag) throws SQLException {
        Region p = region(null, "PROVINCE", "测试省" + tag);
        Region c1 = region(p, "CITY", "甲市" + tag);
        Region k11 = region(c1, "COUNTY", "东区" + tag);
        Region k12 = region(c1, "COUNTY", "西区" + tag);
        Region c2 = region(p, "CITY", "乙市" + tag);
        Region k21 = region(c2, "COUNTY", "南县" + tag);
        return new Tree(p, c1, k11, k12, c2, k21);
    }

    /** A region with a new random code starting with 9 (no real division has one). */
    public static Region region(Region parent, String level, String name) throws SQLException {
        try (Connection c = TestData.connect()) {
            for (int attempt = 0; ; attempt++) {
                String code = "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
                String path = (parent == null ? "" : parent.path()) + code + "/";
                try (PreparedStatement ps = c.prepareStatement("insert into region (code, name_zh, name_en, level, parent_code, path) "
                        + "values (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, code);
                    ps.setString(2, name);
                    ps.setString(3, "Test " + name);
                    ps.setString(4, level);
                    ps.setString(5, parent == null ? null : parent.code());
                    ps.setString(6, path);
                    ps.executeUpdate();
                    return new Region(code, path, name);
                } catch (SQLException e) {
                    if (attempt > 20 || !e.getMessage().toLowerCase().contains("duplicate")) {
                        throw e;
                    }
                }
            }
        }
    }

    public static long course(long institutionId, String kind, String occupationCode, Integer level, String trainingType,
                              String deliveryMode) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, "
                + "occupation_id, level, title, training_type, delivery_mode, theory_hours, practical_hours, cost, active, created_at) "
                + "values (?, ?, (select id from occupation where code = ? order by catalog_year desc limit 1), ?, ?, ?, ?, 20, 40, 900, "
                + "true, now(3))", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, institutionId);
            ps.setString(2, kind);
            ps.setString(3, occupationCode);
            if (level == null) {
                ps.setNull(4, java.sql.Types.TINYINT);
            } else {
                ps.setInt(4, level);
            }
            ps.setString(5, kind + " " + trainingType + " " + deliveryMode);
            ps.setString(6, trainingType);
            ps.setString(7, deliveryMode);
            ps.executeUpdate();
            return key(ps);
        }
    }

    /** A filed class now in training (state IN_TRAINING) at the institution's region; {@code orderId} may be null. */
    public static long classInTraining(long courseId, long institutionId, String name, LocalDate start, LocalDate end, int capacity,
                                       int seatsTaken, Long orderId) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into training_class (course_id, "
                + "institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, "
                + "teachers, teaching_plan, assessment_plan, state, filed_at, created_at, order_id, order_confirmed_at) "
                + "select ?, o.id, o.region_code, o.region_path, ?, ?, ?, '实训基地', false, ?, ?, '刘老师', '计划', '考核', "
                + "'IN_TRAINING', now(3), now(3), ?, if(? is null, null, now(3)) from organisation o where o.id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, courseId);
            ps.setString(2, name);
            ps.setObject(3, start);
            ps.setObject(4, end);
            ps.setInt(5, capacity);
            ps.setInt(6, seatsTaken);
            ps.setObject(7, orderId);
            ps.setObject(8, orderId);
            ps.setLong(9, institutionId);
            ps.executeUpdate();
            return key(ps);
        }
    }

    /** An enrolment in a given state with the times it was confirmed and ended (either may be null). */
    public static long enrol(long classId, long workerId, String state, LocalDateTime confirmedAt, LocalDateTime endedAt)
            throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into enrolment (class_id, "
                + "worker_account_id, state, category, applied_at, confirmed_at, ended_at, added_by) values (?, ?, ?, "
                + "'RURAL_TRANSFER', ?, ?, ?, 'test')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, classId);
            ps.setLong(2, workerId);
            ps.setString(3, state);
            ps.setTimestamp(4, Timestamp.valueOf(confirmedAt == null ? LocalDateTime.of(2025, 1, 2, 9, 0) : confirmedAt.minusDays(1)));
            ps.setTimestamp(5, confirmedAt == null ? null : Timestamp.valueOf(confirmedAt));
            ps.setTimestamp(6, endedAt == null ? null : Timestamp.valueOf(endedAt));
            ps.executeUpdate();
            return key(ps);
        }
    }

    /** A confirmed enrolment of a new worker; returns the enrolment id. */
    public static long confirmed(long classId, String name, LocalDate start) throws SQLException {
        return enrol(classId, TestData.worker(name), "CONFIRMED", start.minusDays(5).atTime(10, 0), null);
    }

    /** An order of the employer already accepted by the institution. */
    public static long acceptedOrder(long employerId, long institutionId, String occupationCode, int level, int headcount)
            throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into training_order (employer_id, "
                + "region_code, region_path, occupation_id, level, headcount, wage_offered, skill_requirements, deadline, "
                + "hiring_commitment, state, institution_id, accepted_at, created_at) select e.id, e.region_code, e.region_path, "
                + "(select id from occupation where code = ? order by catalog_year desc limit 1), ?, ?, 4500, '独立作业', "
                + "'2026-12-31', '合格者录用', 'ACCEPTED', ?, now(3), now(3) from organisation e where e.id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, occupationCode);
            ps.setInt(2, level);
            ps.setInt(3, headcount);
            ps.setLong(4, institutionId);
            ps.setLong(5, employerId);
            ps.executeUpdate();
            return key(ps);
        }
    }

    /** An attendance flag on a class, open or resolved. */
    public static void flag(String kind, long classId, long workerId, boolean open) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into attendance_flag (kind, class_id, "
                + "institution_id, region_path, session_id, worker_account_id, detail, created_at, resolved_at, resolved_by) "
                + "select ?, id, institution_id, region_path, null, ?, 'test', now(3), ?, ? from training_class where id = ?")) {
            ps.setString(1, kind);
            ps.setLong(2, workerId);
            ps.setTimestamp(3, open ? null : Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(4, open ? null : "test");
            ps.setLong(5, classId);
            ps.executeUpdate();
        }
    }

    public static long workerOf(long enrolmentId) throws SQLException {
        return TestData.count("select worker_account_id from enrolment where id = ?", enrolmentId);
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
