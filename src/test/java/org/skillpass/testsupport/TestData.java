package org.skillpass.testsupport;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixtures written straight into the test database over JDBC, usable from the test JVM (browser and
 * API tests) and inside Payara Micro (both see {@code skillpass.db.url}). Every name carries a
 * unique suffix, so tests never depend on each other or on their order.
 */
public final class TestData {

    public static final String PASSWORD = "Test1234";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static String passwordHash;

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + SEQ.incrementAndGet();
    }

    /** Straight through the driver: inside Payara, DriverManager does not see drivers in WEB-INF/lib. */
    public static Connection connect() throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", System.getProperty("skillpass.db.user", "root"));
        p.setProperty("password", System.getProperty("skillpass.db.password", ""));
        return new org.mariadb.jdbc.Driver().connect(System.getProperty("skillpass.db.url"), p);
    }

    /** A valid unified social credit code that is new to the database (random body, computed check). */
    public static String creditCode() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            sb.append(CREDIT_ALPHABET.charAt(r.nextInt(10)));
        }
        return sb.append(org.skillpass.shared.domain.CreditCode.checkCharacter(sb.toString())).toString();
    }

    /** A valid resident ID number: given region and birth date, random sequence, computed check digit. */
    public static String idNumber(String region, String yyyymmdd, boolean male) {
        SecureRandom r = new SecureRandom();
        int seq = r.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = region + yyyymmdd + String.format("%03d", seq);
        return first17 + org.skillpass.shared.domain.IdNumber.checkCharacter(first17);
    }

    /** A mobile number unlikely to exist yet. */
    public static String phone() {
        return "19" + String.format("%09d", Math.floorMod(new SecureRandom().nextLong(), 1_000_000_000L));
    }

    public static long organisation(String type, String name, String regionCode) throws SQLException {
        try (Connection c = connect()) {
            String path;
            try (PreparedStatement ps = c.prepareStatement("select path from region where code = ?")) {
                ps.setString(1, regionCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    path = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into organisation (type, name, credit_code, region_code, "
                    + "region_path, active, created_at) values (?, ?, ?, ?, ?, true, now(3))", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, type);
                ps.setString(2, name);
                ps.setString(3, creditCode());
                ps.setString(4, regionCode);
                ps.setString(5, path);
                ps.executeUpdate();
                return key(ps);
            }
        }
    }

    /** An account with {@link #PASSWORD}, one role, optionally an organisation. */
    public static long account(String username, String displayName, String role, Long organisationId) throws SQLException {
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into account (username, password_hash, display_name, "
                    + "organisation_id, locale, active, created_at) values (?, ?, ?, ?, 'zh_CN', true, now(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, passwordHash());
                ps.setString(3, displayName);
                if (organisationId == null) {
                    ps.setNull(4, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(4, organisationId);
                }
                ps.executeUpdate();
                id = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, role);
                ps.executeUpdate();
            }
            return id;
        }
    }

    /**
     * A registered worker (account with {@link #PASSWORD}, role WORKER, worker row) with a new mobile
     * number; the ID fields are random placeholders (tests that need real ones register through the service).
     */
    public static long worker(String realName) throws SQLException {
        return worker(realName, "1990-01-01", "MALE");
    }

    public static long worker(String realName, String birthDate, String gender) throws SQLException {
        String phone = phone();
        long id = account(phone, realName, "WORKER", null);
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("insert into worker (account_id, real_name, "
                + "id_number_enc, id_number_hash, id_number_masked, gender, birth_date, phone, created_at) "
                + "values (?, ?, ?, ?, '220***********0000', ?, ?, ?, now(3))")) {
            ps.setLong(1, id);
            ps.setString(2, realName);
            ps.setString(3, "placeholder");
            ps.setString(4, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
            ps.setString(5, gender);
            ps.setString(6, birthDate);
            ps.setString(7, phone);
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * A registered worker with a real resident ID number, findable by it: the blind index is computed
     * with the development index key of microprofile-config.properties (the tests run with it).
     */
    public static long workerWithId(String realName, String idNumber, String phone) throws Exception {
        long id = account(phone, realName, "WORKER", null);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("skillpass-dev-index-key-32-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String hash = java.util.HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("insert into worker (account_id, real_name, "
                + "id_number_enc, id_number_hash, id_number_masked, gender, birth_date, phone, created_at) "
                + "values (?, ?, 'placeholder', ?, ?, 'MALE', '1990-01-01', ?, now(3))")) {
            ps.setLong(1, id);
            ps.setString(2, realName);
            ps.setString(3, hash);
            ps.setString(4, org.skillpass.shared.domain.IdNumber.mask(idNumber));
            ps.setString(5, phone);
            ps.executeUpdate();
        }
        return id;
    }

    public static String username(long accountId) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("select username from account where id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * A filed class of a new course of the institution (occupation looked up by code, level 5), starting
     * in 10 days, with one session; returns the class id.
     */
    public static long filedClass(long institutionId, String occupationCode, String name, int capacity) throws SQLException {
        try (Connection c = connect()) {
            long occupationId;
            try (PreparedStatement ps = c.prepareStatement("select id from occupation where code = ? order by catalog_year desc limit 1")) {
                ps.setString(1, occupationCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    occupationId = rs.getLong(1);
                }
            }
            long courseId;
            try (PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, occupation_id, level, title, "
                    + "training_type, delivery_mode, theory_hours, practical_hours, cost, active, created_at) values "
                    + "(?, 'OCCUPATION_LEVEL', ?, 5, ?, 'EMPLOYMENT_SKILLS', 'ON_SITE', 40, 80, 1200, true, now(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, institutionId);
                ps.setLong(2, occupationId);
                ps.setString(3, name + "课程");
                ps.executeUpdate();
                courseId = key(ps);
            }
            long classId;
            try (PreparedStatement ps = c.prepareStatement("insert into training_class (course_id, institution_id, region_code, "
                    + "region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, "
                    + "assessment_plan, state, filed_at, created_at) select ?, o.id, o.region_code, o.region_path, ?, "
                    + "current_date + interval 10 day, current_date + interval 30 day, '实训基地', false, ?, 0, '刘老师', '计划', "
                    + "'考核', 'FILED', now(3), now(3) from organisation o where o.id = ?", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, courseId);
                ps.setString(2, name);
                ps.setInt(3, capacity);
                ps.setLong(4, institutionId);
                ps.executeUpdate();
                classId = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into class_session (class_id, starts_at, ends_at, topic, kind) "
                    + "values (?, timestamp(current_date + interval 10 day, '09:00'), timestamp(current_date + interval 10 day, '12:00'), "
                    + "'职业道德与安全', 'THEORY')")) {
                ps.setLong(1, classId);
                ps.executeUpdate();
            }
            return classId;
        }
    }

    /**
     * A completed class of the institution for an order (same occupation and level), with the worker
     * having completed it: the state in which the employer decides on hiring. Returns the enrolment id.
     */
    public static long completedOrderClass(long orderId, long institutionId, long workerId) throws SQLException {
        try (Connection c = connect()) {
            long courseId;
            try (PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, occupation_id, level, title, "
                    + "training_type, delivery_mode, theory_hours, practical_hours, cost, active, created_at) select ?, "
                    + "'OCCUPATION_LEVEL', occupation_id, level, '订单课程', 'EMPLOYMENT_SKILLS', 'ON_SITE', 20, 40, 0, true, now(3) "
                    + "from training_order where id = ?", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, institutionId);
                ps.setLong(2, orderId);
                ps.executeUpdate();
                courseId = key(ps);
            }
            long classId;
            try (PreparedStatement ps = c.prepareStatement("insert into training_class (course_id, institution_id, region_code, "
                    + "region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, "
                    + "assessment_plan, state, filed_at, created_at, order_id, order_confirmed_at) select ?, o.id, o.region_code, "
                    + "o.region_path, '订单班', current_date - interval 30 day, current_date - interval 1 day, '实训基地', false, 20, 1, "
                    + "'刘老师', '计划', '考核', 'COMPLETED', now(3), now(3), ?, now(3) from organisation o where o.id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, courseId);
                ps.setLong(2, orderId);
                ps.setLong(3, institutionId);
                ps.executeUpdate();
                classId = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into enrolment (class_id, worker_account_id, state, category, "
                    + "applied_at, confirmed_at, ended_at, added_by) values (?, ?, 'COMPLETED', 'RURAL_TRANSFER', now(3), now(3), "
                    + "now(3), 'test')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, classId);
                ps.setLong(2, workerId);
                ps.executeUpdate();
                return key(ps);
            }
        }
    }

    /**
     * A completed class (ended yesterday) of a new course of the institution ({@code courseKind}, the
     * occupation by code, level 5) with {@code sessions} sessions of 3 hours; worker i completed it and
     * checked in to the first {@code attended[i]} sessions. Returns the class id.
     */
    public static long completedClass(long institutionId, String courseKind, String occupationCode, String name, int sessions,
                                      long[] workers, int[] attended) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long courseId;
            try (PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, occupation_id, level, title, "
                    + "training_type, delivery_mode, theory_hours, practical_hours, cost, active, created_at) select ?, ?, id, 5, ?, "
                    + "'EMPLOYMENT_SKILLS', 'ON_SITE', 10, 20, 800, true, now(3) from occupation where code = ? "
                    + "order by catalog_year desc limit 1", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, institutionId);
                ps.setString(2, courseKind);
                ps.setString(3, name + "课程");
                ps.setString(4, occupationCode);
                ps.executeUpdate();
                courseId = key(ps);
            }
            long classId;
            try (PreparedStatement ps = c.prepareStatement("insert into training_class (course_id, institution_id, region_code, "
                    + "region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, "
                    + "assessment_plan, state, filed_at, created_at) select ?, o.id, o.region_code, o.region_path, ?, "
                    + "current_date - interval 40 day, current_date - interval 1 day, '实训基地', false, ?, ?, '刘老师', '计划', "
                    + "'考核', 'COMPLETED', now(3), now(3) from organisation o where o.id = ?", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, courseId);
                ps.setString(2, name);
                ps.setInt(3, Math.max(1, workers.length));
                ps.setInt(4, workers.length);
                ps.setLong(5, institutionId);
                ps.executeUpdate();
                classId = key(ps);
            }
            long[] sessionIds = new long[sessions];
            try (PreparedStatement ps = c.prepareStatement("insert into class_session (class_id, starts_at, ends_at, topic, kind) "
                    + "values (?, timestamp(current_date - interval ? day, '09:00'), timestamp(current_date - interval ? day, '12:00'), "
                    + "'实操训练', 'PRACTICAL')", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < sessions; i++) {
                    ps.setLong(1, classId);
                    ps.setInt(2, 40 - i);
                    ps.setInt(3, 40 - i);
                    ps.executeUpdate();
                    sessionIds[i] = key(ps);
                }
            }
            try (PreparedStatement enrol = c.prepareStatement("insert into enrolment (class_id, worker_account_id, state, category, "
                    + "applied_at, confirmed_at, ended_at, added_by) values (?, ?, 'COMPLETED', 'RURAL_TRANSFER', now(3), now(3), "
                    + "now(3), 'test')", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement checkIn = c.prepareStatement("insert into check_in (session_id, class_id, enrolment_id, "
                         + "worker_account_id, method, checked_in_at, recorded_by) values (?, ?, ?, ?, 'ROLL_CALL', now(3), 'test')")) {
                for (int w = 0; w < workers.length; w++) {
                    enrol.setLong(1, classId);
                    enrol.setLong(2, workers[w]);
                    enrol.executeUpdate();
                    long enrolmentId = key(enrol);
                    for (int i = 0; i < attended[w]; i++) {
                        checkIn.setLong(1, sessionIds[i]);
                        checkIn.setLong(2, classId);
                        checkIn.setLong(3, enrolmentId);
                        checkIn.setLong(4, workers[w]);
                        checkIn.addBatch();
                    }
                }
                checkIn.executeBatch();
            }
            c.commit();
            return classId;
        }
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The Jakarta Security PBKDF2 format (algorithm:iterations:salt:hash), with the minimum
     * iterations the container accepts so fixtures stay fast; verification reads them from the hash.
     */
    static synchronized String passwordHash() {
        if (passwordHash == null) {
            try {
                byte[] salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1024, 256)).getEncoded();
                passwordHash = "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":"
                        + Base64.getEncoder().encodeToString(hash);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return passwordHash;
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
