package org.skillpass.dev.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The baseline the generator is measured against: the plainest fast JDBC path, one connection inserting
 * enrolment-shaped rows (same columns and indexes, no foreign keys) with a prepared statement, batches of
 * 1,000 ({@code useBulkStmts=true}), autocommit off and a commit every 20,000 rows, into a scratch copy of the
 * enrolment table that is dropped afterwards. No data is generated beyond counters.
 */
public final class BareInsert {

    private BareInsert() {
    }

    /** Rows per second inserting {@code rows} rows. */
    public static double rowsPerSecond(Connection c, int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bare_enrolment");
            s.execute("CREATE TABLE bare_enrolment LIKE enrolment");
        }
        c.setAutoCommit(false);
        long t0 = System.nanoTime();
        LocalDateTime at = LocalDateTime.of(2025, 3, 1, 9, 0);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bare_enrolment (id, class_id, worker_account_id, state, category, "
                + "applied_at, confirmed_at, ended_at, added_by, learner_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= rows; i++) {
                ps.setLong(1, i);
                ps.setLong(2, i / 30 + 1);
                ps.setLong(3, (i * 7919L) % 1_000_000 + 1);
                ps.setString(4, "COMPLETED");
                ps.setString(5, "RURAL_TRANSFER");
                ps.setObject(6, at);
                ps.setObject(7, at.plusHours(1));
                ps.setObject(8, at.plusDays(30));
                ps.setString(9, "bare");
                ps.setString(10, "UNSPECIFIED");
                ps.addBatch();
                if (i % 1000 == 0) {
                    ps.executeBatch();
                }
                if (i % 20_000 == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE bare_enrolment");
        }
        c.setAutoCommit(true);
        return rows / seconds;
    }
}
