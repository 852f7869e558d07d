package org.skillpass.bench;

import org.skillpass.shared.domain.IdNumber;
import org.skillpass.testsupport.TestData;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's data, written over JDBC in bulk (batched inserts), like the tests' fixtures
 * ({@link TestData}) but by the thousand: accounts, workers, institutions, courses, filed classes.
 * <p>
 * Accounts carry a PBKDF2 hash with 1,024 iterations (the stored format records its iterations, so the
 * server verifies it as it is; new passwords still get 120,000): every virtual user signs in once through
 * the login form and then reuses its session cookie, and the 2,000 bench logins take seconds, not minutes.
 */
final class BenchData {

    static final String PASSWORD = "Bench2026";
    private static final String HASH = hash(PASSWORD);
    private static final AtomicInteger PHONES = new AtomicInteger();
    private static final Random RANDOM = new Random(20261123);

    /** Counties of the seeded regions (V2): institutions and classes are spread over them. */
    static final String[] COUNTIES = {"220102", "220104", "220202", "220203", "220204", "220211", "220221",
            "410102", "410502", "410503", "410522", "410526", "410527", "410581"};
    static final String[] MODES = {"ON_SITE", "ON_SITE", "ON_SITE", "MOBILE", "VILLAGE", "ONLINE", "ENTERPRISE_POST"};
    static final String[] TYPES = {"EMPLOYMENT_SKILLS", "EMPLOYMENT_SKILLS", "PRE_EMPLOYMENT", "ON_THE_JOB_UPGRADE",
            "HIGH_SKILL", "ENTREPRENEURSHIP"};

    private BenchData() {
    }

    static Connection connect() throws SQLException {
        return TestData.connect();
    }

    /** {@code n} accounts named {@code prefix0…}, one role, optionally an organisation; returns their ids in order. */
    static List<Long> accounts(String prefix, int n, String role, Long organisationId) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into account (username, password_hash, display_name, "
                    + "organisation_id, locale, active, created_at) values (?, ?, ?, ?, 'zh_CN', true, now(3))")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, prefix + i);
                    ps.setString(2, HASH);
                    ps.setString(3, "基准" + role + i);
                    ps.setObject(4, organisationId);
                    ps.addBatch();
                    if (i % 2000 == 1999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            Map<String, Long> byName = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, username from account where username like ?")) {
                ps.setString(1, prefix.replace("_", "\\_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byName.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                ids.add(byName.get(prefix + i));
            }
            try (PreparedStatement ps = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.setString(2, role);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    /** Worker accounts ({@code prefix0…}) with worker rows (placeholder ID fields, unique phones). */
    static List<Long> workers(String prefix, int n) throws SQLException {
        List<Long> ids = accounts(prefix, n, "WORKER", null);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into worker (account_id, real_name, id_number_enc, "
                    + "id_number_hash, id_number_masked, gender, birth_date, phone, created_at) values "
                    + "(?, ?, 'bench', ?, '220***********1234', ?, ?, ?, now(3))")) {
                for (int i = 0; i < n; i++) {
                    long id = ids.get(i);
                    ps.setLong(1, id);
                    ps.setString(2, "学员" + (char) ('甲' + i % 10) + id);
                    ps.setString(3, String.format("%064x", id));
                    ps.setString(4, i % 2 == 0 ? "MALE" : "FEMALE");
                    ps.setString(5, LocalDate.of(1975 + i % 30, 1 + i % 12, 1 + i % 28).toString());
                    ps.setString(6, phone());
                    ps.addBatch();
                    if (i % 2000 == 1999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    /** A learner as an institution's roster lists them: real name, resident ID number, mobile. */
    record RosterPerson(String name, String idNumber, String phone) {
    }

    /**
     * {@code n} registered workers with real (check-digit valid) resident ID numbers, findable by them
     * (blind index with the development index key the bench server runs with) and by mobile.
     */
    static List<RosterPerson> rosterWorkers(String prefix, int n) throws Exception {
        List<Long> ids = accounts(prefix, n, "WORKER", null);
        List<RosterPerson> people = new ArrayList<>(n);
        String[] family = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超"};
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("skillpass-dev-index-key-32-bytes".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into worker (account_id, real_name, id_number_enc, "
                    + "id_number_hash, id_number_masked, gender, birth_date, phone, created_at) values "
                    + "(?, ?, 'bench', ?, ?, ?, ?, ?, now(3))")) {
                for (int i = 0; i < n; i++) {
                    // a birth date per person (then a sequence number per 12,000): every number differs
                    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i % 12_000);
                    boolean male = i % 2 == 0;
                    int seq = (i / 12_000 % 500) * 2 + (male ? 1 : 0);
                    String first17 = "110101" + birth.toString().replace("-", "") + String.format("%03d", seq); // 北京东城: never generated
                    String id = first17 + IdNumber.checkCharacter(first17);
                    String name = family[i % family.length] + given[(i / 10) % given.length] + given[(i / 160 + i) % given.length];
                    String phone = phone();
                    ps.setLong(1, ids.get(i));
                    ps.setString(2, name);
                    ps.setString(3, HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))));
                    ps.setString(4, IdNumber.mask(id));
                    ps.setString(5, male ? "MALE" : "FEMALE");
                    ps.setString(6, birth.toString());
                    ps.setString(7, phone);
                    ps.addBatch();
                    people.add(new RosterPerson(name, id, phone));
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return people;
    }

    /** A mobile number new to this database (13…, counting up). */
    static String phone() {
        return "13" + String.format("%09d", 100_000_000 + PHONES.incrementAndGet());
    }

    /** Institutions, one per seeded county, each with one staff account {@code bench.staff.<county>}. */
    record Institution(long id, String county, String staff) {
    }

    static List<Institution> institutions() throws SQLException {
        List<Institution> out = new ArrayList<>();
        for (String county : COUNTIES) {
            long id = TestData.organisation("INSTITUTION", "基准职业培训学校" + county, county);
            String staff = "bench.staff." + county;
            accounts(staff, 1, "INSTITUTION_STAFF", id);
            out.add(new Institution(id, county, staff + "0"));
        }
        return out;
    }

    /**
     * A public catalog: {@code coursesPerInstitution} courses per institution (occupations of the starter
     * catalog, levels 5-3, mixed training types and delivery modes) and {@code classes} filed classes over
     * them starting in 8 to 120 days, each with two sessions. Returns the class ids.
     */
    static List<Long> catalog(List<Institution> institutions, int coursesPerInstitution, int classes) throws SQLException {
        List<Long> occupations = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select id from occupation where catalog_year = (select max(catalog_year) from occupation) order by id")) {
            while (rs.next()) {
                occupations.add(rs.getLong(1));
            }
        }
        List<long[]> courses = new ArrayList<>(); // course id, institution id
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, occupation_id, level, title, "
                    + "training_type, delivery_mode, theory_hours, practical_hours, cost, active, created_at) values "
                    + "(?, 'OCCUPATION_LEVEL', ?, ?, concat((select name_zh from occupation where id = ?), '（', ?, '级）培训'), "
                    + "?, ?, ?, ?, ?, true, now(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (Institution inst : institutions) {
                    for (int i = 0; i < coursesPerInstitution; i++) {
                        long occupation = occupations.get(RANDOM.nextInt(occupations.size()));
                        int level = 5 - RANDOM.nextInt(3);
                        ps.setLong(1, inst.id());
                        ps.setLong(2, occupation);
                        ps.setInt(3, level);
                        ps.setLong(4, occupation);
                        ps.setString(5, "五四三二一".substring(5 - level, 6 - level));
                        ps.setString(6, TYPES[RANDOM.nextInt(TYPES.length)]);
                        ps.setString(7, MODES[RANDOM.nextInt(MODES.length)]);
                        ps.setInt(8, 16 + RANDOM.nextInt(40));
                        ps.setInt(9, 24 + RANDOM.nextInt(80));
                        ps.setBigDecimal(10, java.math.BigDecimal.valueOf(600 + 100L * RANDOM.nextInt(20)));
                        ps.executeUpdate();
                        try (ResultSet rs = ps.getGeneratedKeys()) {
                            rs.next();
                            courses.add(new long[]{rs.getLong(1), inst.id()});
                        }
                    }
                }
            }
            c.commit();
        }
        List<long[]> picked = new ArrayList<>(classes);
        for (int i = 0; i < classes; i++) {
            picked.add(courses.get(RANDOM.nextInt(courses.size())));
        }
        return filedClasses(picked, "公开班", 20, 60, 8, 120);
    }

    /** {@code n} filed classes of one course of the institution, capacity as given, starting in 10 days. */
    static List<Long> classesOf(Institution inst, String name, int n, int capacity) throws SQLException {
        long course;
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("insert into course (institution_id, kind, "
                + "occupation_id, level, title, training_type, delivery_mode, theory_hours, practical_hours, cost, active, "
                + "created_at) select ?, 'OCCUPATION_LEVEL', id, 5, ?, 'EMPLOYMENT_SKILLS', 'ON_SITE', 40, 80, 1200, true, now(3) "
                + "from occupation where code = '6-31-01-03' order by catalog_year desc limit 1", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, inst.id());
            ps.setString(2, name + "课程");
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                course = rs.getLong(1);
            }
        }
        List<long[]> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(new long[]{course, inst.id()});
        }
        return filedClasses(picked, name, capacity, capacity, 10, 10);
    }

    private static List<Long> filedClasses(List<long[]> courses, String name, int minCapacity, int maxCapacity,
                                           int minStartDays, int maxStartDays) throws SQLException {
        String tag = "#" + Long.toString(System.nanoTime(), 36);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            Map<Long, String[]> regions = regions(c);
            // plain VALUES rows: the bulk protocol (useBulkStmts) takes no INSERT … SELECT
            try (PreparedStatement ps = c.prepareStatement("insert into training_class (course_id, institution_id, region_code, "
                    + "region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, "
                    + "assessment_plan, state, filed_at, created_at) values (?, ?, ?, ?, ?, current_date + interval ? day, "
                    + "current_date + interval ? day, '实训基地', false, ?, 0, '刘老师，王老师', '理论与实操', '结业考核', 'FILED', "
                    + "now(3), now(3))")) {
                for (int i = 0; i < courses.size(); i++) {
                    int start = minStartDays + RANDOM.nextInt(maxStartDays - minStartDays + 1);
                    String[] region = regions.get(courses.get(i)[1]);
                    ps.setLong(1, courses.get(i)[0]);
                    ps.setLong(2, courses.get(i)[1]);
                    ps.setString(3, region[0]);
                    ps.setString(4, region[1]);
                    ps.setString(5, name + (i + 1) + "期 " + tag);
                    ps.setInt(6, start);
                    ps.setInt(7, start + 20);
                    ps.setInt(8, minCapacity + RANDOM.nextInt(maxCapacity - minCapacity + 1));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from training_class where name like ? order by id")) {
                ps.setString(1, "%" + tag);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into class_session (class_id, starts_at, ends_at, topic, kind) "
                    + "select id, timestamp(start_date, ?), timestamp(start_date, ?), ?, ? from training_class where name like ?")) {
                Object[][] sessions = {{"09:00", "12:00", "职业道德与安全", "THEORY"}, {"13:30", "17:30", "实操训练", "PRACTICAL"}};
                for (Object[] s : sessions) {
                    ps.setString(1, (String) s[0]);
                    ps.setString(2, (String) s[1]);
                    ps.setString(3, (String) s[2]);
                    ps.setString(4, (String) s[3]);
                    ps.setString(5, "%" + tag);
                    ps.executeUpdate();
                }
            }
            c.commit();
            return ids;
        }
    }

    /** Region code and path of every organisation. */
    static Map<Long, String[]> regions(Connection c) throws SQLException {
        Map<Long, String[]> m = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, region_code, region_path from organisation")) {
            while (rs.next()) {
                m.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
            }
        }
        return m;
    }

    /** The Jakarta Security PBKDF2 format (algorithm:iterations:salt:hash) with 1,024 iterations. */
    static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1024, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
