package org.skillpass.testsupport;

import org.skillpass.shared.infrastructure.FieldCipher;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Subsidy fixtures over JDBC (like {@link TestData}): certificates and assessment results as the other
 * contexts would have left them, claims already in the workflow, payout accounts encrypted with the
 * development key, region settings, rates and calendar days.
 */
public final class SubsidyData {

    private SubsidyData() {
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void exec(String sql, Object... args) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
            }
            ps.executeUpdate();
        }
    }

    public static String string(String sql, Object... args) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static List<Long> ids(String sql, Object... args) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    /**
     * A certificate as the certificate context issues it: {@code kind} SKILL_LEVEL (with level),
     * SPECIAL_ABILITY or TRAINING_COMPLETION, for the worker's enrolment in a class (both may be null),
     * issued by the organisation on the day, optionally from an assessment candidate.
     */
    public static long certificate(long workerId, String kind, String occupationCode, Integer level, long issuerId,
                                   Long enrolmentId, Long classId, Long candidateId, LocalDate issuedOn) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into certificate (number, type, "
                + "state, source, worker_account_id, holder_name, id_type, id_masked, occupation_id, occupation_code, occupation_name, "
                + "level, issuer_id, issuer_name, region_path, issued_on, candidate_id, enrolment_id, class_id, created_at) "
                + "select ?, ?, 'VALID', 'IMPORT', w.account_id, w.real_name, w.id_type, w.id_number_masked, o.id, o.code, o.name_zh, ?, "
                + "org.id, org.name, org.region_path, ?, ?, ?, ?, now(3) from worker w, occupation o, organisation org "
                + "where w.account_id = ? and o.code = ? and org.id = ? order by o.catalog_year desc limit 1",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase());
            ps.setString(2, kind);
            ps.setObject(3, level);
            ps.setDate(4, Date.valueOf(issuedOn));
            ps.setObject(5, candidateId);
            ps.setObject(6, enrolmentId);
            ps.setObject(7, classId);
            ps.setLong(8, workerId);
            ps.setString(9, occupationCode);
            ps.setLong(10, issuerId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no certificate written");
            }
            return key(ps);
        }
    }

    /** A locked assessment session of the body with one passed candidate (attempt, fee); returns the candidate id. */
    public static long passedCandidate(long bodyId, long createdByAccount, long workerId, Long enrolmentId, String occupationCode,
                                       int level, int attempt, BigDecimal fee, LocalDate heldOn) throws SQLException {
        try (Connection c = TestData.connect()) {
            long session;
            try (PreparedStatement ps = c.prepareStatement("insert into assessment_session (body_id, region_path, occupation_id, level, "
                    + "mode, site, held_on, theory_rooms, fee, results_state, locked_at, created_at, created_by) select org.id, org.region_path, "
                    + "o.id, ?, 'ON_SITE', '考点', ?, 1, ?, 'LOCKED', now(3), now(3), ? from organisation org, occupation o "
                    + "where org.id = ? and o.code = ? order by o.catalog_year desc limit 1", Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, level);
                ps.setDate(2, Date.valueOf(heldOn));
                ps.setBigDecimal(3, fee);
                ps.setLong(4, createdByAccount);
                ps.setLong(5, bodyId);
                ps.setString(6, occupationCode);
                ps.executeUpdate();
                session = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into candidate (session_id, worker_account_id, enrolment_id, attempt, "
                    + "theory_score, practical_score, result, fee) values (?, ?, ?, ?, 80, 85, 'PASS', ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, session);
                ps.setLong(2, workerId);
                ps.setObject(3, enrolmentId);
                ps.setInt(4, attempt);
                ps.setBigDecimal(5, fee);
                ps.executeUpdate();
                return key(ps);
            }
        }
    }

    /** The enrolments of a class, in order. */
    public static List<Long> enrolments(long classId) throws SQLException {
        return ids("select id from enrolment where class_id = ? order by id", classId);
    }

    /** A claim already somewhere in the workflow (e.g. earlier claims that count for the quota). */
    public static long claim(long workerId, String type, String state, String regionCode, Long organisationId, String occupationCode,
                             Integer level, int claimYear, BigDecimal amount) throws SQLException {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert into subsidy_claim (type, state, "
                + "payee_type, worker_account_id, region_code, region_path, organisation_id, occupation_code, level, amount, claim_year, "
                + "filed_by_name, created_at, submitted_at) select ?, ?, 'LEARNER', ?, r.code, r.path, ?, ?, ?, ?, ?, 'test', now(3), "
                + "now(3) from region r where r.code = ?", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type);
            ps.setString(2, state);
            ps.setLong(3, workerId);
            ps.setObject(4, organisationId);
            ps.setString(5, occupationCode);
            ps.setObject(6, level);
            ps.setBigDecimal(7, amount);
            ps.setInt(8, claimYear);
            ps.setString(9, regionCode);
            ps.executeUpdate();
            return key(ps);
        }
    }

    /**
     * {@code n} new workers, each with one SUBMITTED training claim of the organisation in the region, by
     * bulk JDBC (batched inserts); returns the claim ids. Used by the batch tests and the benchmark.
     */
    public static List<Long> submittedClaims(int n, String regionCode, long organisationId, BigDecimal amount) throws SQLException {
        List<Long> claims = new ArrayList<>(n);
        try (Connection c = TestData.connect()) {
            c.setAutoCommit(false);
            String path;
            try (PreparedStatement ps = c.prepareStatement("select path from region where code = ?")) {
                ps.setString(1, regionCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    path = rs.getString(1);
                }
            }
            long[] workers = new long[n];
            try (PreparedStatement account = c.prepareStatement("insert into account (username, password_hash, display_name, "
                    + "created_at) values (?, 'x', ?, now(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < n; i++) {
                    account.setString(1, "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
                    account.setString(2, "学员" + i);
                    account.addBatch();
                }
                account.executeBatch();
                try (ResultSet rs = account.getGeneratedKeys()) {
                    for (int i = 0; i < n && rs.next(); i++) {
                        workers[i] = rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) values (?, 'WORKER')");
                 PreparedStatement worker = c.prepareStatement("insert into worker (account_id, real_name, id_number_enc, "
                         + "id_number_hash, id_number_masked, gender, birth_date, phone, created_at) values "
                         + "(?, ?, 'bulk', ?, '220***********1234', 'MALE', '1990-01-01', ?, now(3))")) {
                for (int i = 0; i < n; i++) {
                    role.setLong(1, workers[i]);
                    role.addBatch();
                    worker.setLong(1, workers[i]);
                    worker.setString(2, "学员" + (char) ('甲' + i % 10) + i);
                    worker.setString(3, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
                    worker.setString(4, "1" + String.format("%010d", workers[i]));
                    worker.addBatch();
                }
                role.executeBatch();
                worker.executeBatch();
            }
            try (PreparedStatement claim = c.prepareStatement("insert into subsidy_claim (type, state, payee_type, worker_account_id, "
                    + "region_code, region_path, organisation_id, occupation_code, level, certificate_kind, amount, claim_year, "
                    + "filed_by_name, created_at, submitted_at) values ('TRAINING', 'SUBMITTED', 'LEARNER', ?, ?, ?, ?, '6-31-01-03', 5, "
                    + "'SKILL_LEVEL', ?, year(current_date), 'bulk', now(3), now(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < n; i++) {
                    claim.setLong(1, workers[i]);
                    claim.setString(2, regionCode);
                    claim.setString(3, path);
                    claim.setLong(4, organisationId);
                    claim.setBigDecimal(5, amount);
                    claim.addBatch();
                }
                claim.executeBatch();
                try (ResultSet rs = claim.getGeneratedKeys()) {
                    while (rs.next()) {
                        claims.add(rs.getLong(1));
                    }
                }
            }
            c.commit();
        }
        if (claims.size() != n) {
            // some drivers return one key per batch: read them back in order
            claims.clear();
            claims.addAll(ids("select id from subsidy_claim where organisation_id = ? and state = 'SUBMITTED' and filed_by_name = 'bulk' "
                    + "order by id desc limit " + n, organisationId));
            java.util.Collections.reverse(claims);
        }
        return claims;
    }

    /** A payout account encrypted with the development key (the tests run with it). */
    public static void payoutAccount(Long workerId, Long organisationId, String name, String number) throws Exception {
        FieldCipher cipher = new FieldCipher(devKey("skillpass.crypto.field-key"), devKey("skillpass.crypto.index-key"));
        exec("insert into payout_account (worker_account_id, organisation_id, account_name, bank_name, number_enc, number_masked, "
                        + "updated_at, updated_by) values (?, ?, ?, '中国农业银行吉林分行', ?, ?, now(3), 'test')", workerId, organisationId, name,
                cipher.encrypt(number), number.substring(0, 4) + "****" + number.substring(number.length() - 4));
    }

    /** Payout accounts for many workers at once (bulk seeding). */
    public static void payoutAccounts(List<Long> workerIds) throws Exception {
        FieldCipher cipher = new FieldCipher(devKey("skillpass.crypto.field-key"), devKey("skillpass.crypto.index-key"));
        String enc = cipher.encrypt("6228480012345678901");
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("insert ignore into payout_account "
                + "(worker_account_id, account_name, bank_name, number_enc, number_masked, updated_at, updated_by) "
                + "values (?, '学员', '中国农业银行', ?, '6228***********8901', now(3), 'bulk')")) {
            c.setAutoCommit(false);
            for (long w : workerIds) {
                ps.setLong(1, w);
                ps.setString(2, enc);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    static String devKey(String name) throws Exception {
        String v = System.getProperty(name);
        if (v != null && !v.isBlank()) {
            return v;
        }
        Properties p = new Properties();
        try (InputStream in = SubsidyData.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            p.load(in);
        }
        return p.getProperty(name);
    }

    public static void setting(String regionCode, String key, int value, LocalDate from) throws SQLException {
        exec("insert into region_setting (region_code, setting_key, setting_value, effective_from, created_at) values (?, ?, ?, ?, now(3)) "
                + "on duplicate key update setting_value = values(setting_value)", regionCode, key, String.valueOf(value), from);
    }

    public static void calendarDay(String regionCode, LocalDate day, String kind) throws SQLException {
        exec("insert into calendar_day (region_code, day, kind, name, created_at, created_by) values (?, ?, ?, 'test', now(3), 'test') "
                + "on duplicate key update kind = values(kind)", regionCode, day, kind);
    }
}
