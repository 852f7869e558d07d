package org.skillpass.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the scenarios share: settings, the server, the institutions, helpers for logins and baselines. */
final class Bench {

    final BenchConfig config;
    final BenchServer server;
    final Path gatlingDir;
    final Map<String, Object> dataset = new LinkedHashMap<>();
    List<BenchData.Institution> institutions;
    /** The institution in 船营区 (吉林市) that runs the enrolment, roster and certificate classes. */
    BenchData.Institution home;

    Bench(BenchConfig config, BenchServer server) {
        this.config = config;
        this.server = server;
        this.gatlingDir = config.workDir.resolve("gatling");
    }

    String base() {
        return server.base;
    }

    /** Signs every account in through the login form (8 at a time); returns their session cookies in order. */
    List<String> logins(List<String> usernames) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String u : usernames) {
                futures.add(pool.submit(() -> new Web(base()).login(u, BenchData.PASSWORD).cookieHeader()));
            }
            List<String> cookies = new ArrayList<>();
            for (Future<String> f : futures) {
                cookies.add(f.get());
            }
            return cookies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs a simulation with the server watched; the outcome gets memory and GC of the window. */
    Load.Run gatling(Class<?> simulation, String name, Map<String, Object> params, List<Map<String, Object>> feed)
            throws Exception {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("base", base());
        return Load.run(simulation, name, gatlingDir, p, feed);
    }

    /** A scratch table shaped like an enrolment row, for the bare JDBC baselines. */
    static void scratchTable(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_scratch");
            s.execute("CREATE TABLE bench_scratch (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, class_id BIGINT NOT NULL, "
                    + "worker_id BIGINT NOT NULL, state VARCHAR(16) NOT NULL, category VARCHAR(32) NOT NULL, "
                    + "applied_at DATETIME(3) NOT NULL, INDEX ix_scratch (class_id, worker_id)) ENGINE = InnoDB "
                    + "DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
    }

    /** Bare JDBC: single-row INSERTs, autocommit, one connection, for {@code seconds}. */
    static Map<String, Object> singleRowInserts(int seconds) throws Exception {
        try (Connection c = BenchData.connect()) {
            scratchTable(c);
            c.setAutoCommit(true);
            long[] nanos = new long[2_000_000];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_scratch (class_id, worker_id, state, category, "
                    + "applied_at) VALUES (?, ?, 'CONFIRMED', 'RURAL_TRANSFER', now(3))")) {
                long start = System.nanoTime();
                long end = start + seconds * 1_000_000_000L;
                long t = start;
                while (t < end && n < nanos.length) {
                    ps.setLong(1, n % 100);
                    ps.setLong(2, n);
                    ps.executeUpdate();
                    long now = System.nanoTime();
                    nanos[n++] = now - t;
                    t = now;
                }
                double elapsed = (t - start) / 1e9;
                long[] sorted = Arrays.copyOf(nanos, n);
                Arrays.sort(sorted);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", "bare JDBC single-row INSERT, autocommit, one connection, into a scratch table shaped like enrolment");
                m.put("rows", n);
                m.put("seconds", Report.round(elapsed));
                m.put("rowsPerSecond", Report.round(n / elapsed));
                m.put("p50Ms", Report.round(sorted[n / 2] / 1e6));
                m.put("p99Ms", Report.round(sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6));
                return m;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_scratch");
                }
            }
        }
    }

    /** Bare JDBC: {@code rows} rows in batches of 1,000, one transaction, as fast as the driver goes. */
    static Map<String, Object> batchInsert(int rows) throws Exception {
        try (Connection c = BenchData.connect()) {
            scratchTable(c);
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_scratch (class_id, worker_id, state, category, "
                    + "applied_at) VALUES (?, ?, 'CONFIRMED', 'RURAL_TRANSFER', now(3))")) {
                for (int i = 0; i < rows; i++) {
                    ps.setLong(1, i / 2000);
                    ps.setLong(2, i);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_scratch")) {
                rs.next();
                stored = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_scratch");
            }
            c.commit();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", "bare JDBC batch INSERT (batches of 1,000, one transaction, useBulkStmts) into a scratch table");
            m.put("rows", stored);
            m.put("seconds", Report.round(seconds));
            m.put("rowsPerSecond", Report.round(stored / seconds));
            return m;
        }
    }
}
