package org.skillpass.reporting.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rebuilds every summary table of a large database over several connections: learners and classes in class-id
 * ranges in parallel, then the region rows per dimension, certificates and claims. The same SQL as
 * {@link Summaries#rebuildAll} (one definition of every figure), outside any container transaction, each range
 * committed on its own. For the data generator and the benchmark; a running application uses the incremental
 * path. Returns the seconds each step took.
 */
public final class SummaryRebuild {

    /** Opens a new connection to the database to rebuild. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private SummaryRebuild() {
    }

    public static Map<String, Double> rebuild(Connections db, LocalDate today, String utcOffset, int threads) throws Exception {
        Map<String, Double> took = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long maxClass;
        long followUps;
        int depth;
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            for (String table : List.of("report_learner", "report_class", "report_training", "report_certificate", "report_subsidy")) {
                s.execute("TRUNCATE TABLE " + table);
            }
            maxClass = Sql.num(Sql.of(c).rows("SELECT COALESCE(MAX(id), 0) FROM training_class").get(0)[0]);
            depth = Summaries.depth(Sql.of(c));
            followUps = Sql.num(Sql.of(c).rows("SELECT COALESCE(MAX(id), 0) FROM employment_follow_up").get(0)[0]);
        }
        took.put("truncate", seconds(t0));

        long step = Math.max(1000, maxClass / (threads * 8L) + 1);
        List<long[]> ranges = new ArrayList<>();
        for (long lo = 0; lo <= maxClass; lo += step) {
            ranges.add(new long[]{lo, lo + step});
        }
        int levels = depth;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            long t = System.nanoTime();
            parallel(pool, db, ranges, (sql, r) -> sql.update(Summaries.insertLearners("AND e.class_id >= ? AND e.class_id < ?"), r[0], r[1]));
            took.put("learners", seconds(t));
            t = System.nanoTime();
            parallel(pool, db, ranges, (sql, r) -> sql.update(Summaries.insertClasses("AND tc.id >= ? AND tc.id < ?"), today, r[0], r[1]));
            took.put("classes", seconds(t));
            t = System.nanoTime();
            List<Future<?>> dims = new ArrayList<>();
            for (String dim : Summaries.DIMENSIONS) {
                dims.add(pool.submit(() -> {
                    try (Connection c = db.open()) {
                        c.setAutoCommit(false);
                        for (int level = 1; level <= levels; level++) {
                            Sql.of(c).update(Summaries.insertTraining(dim, level, false, ""));
                            Sql.of(c).update(Summaries.insertTraining(dim, level, true, ""));
                        }
                        c.commit();
                    }
                    return null;
                }));
            }
            for (Future<?> f : dims) {
                f.get();
            }
            took.put("training", seconds(t));
        } finally {
            pool.shutdown();
        }
        long t = System.nanoTime();
        try (Connection c = db.open()) {
            c.setAutoCommit(false);
            Sql sql = Sql.of(c);
            for (int level = 1; level <= levels; level++) {
                sql.update(Summaries.insertCertificates(level, ""));
            }
            c.commit();
            took.put("certificates", seconds(t));
            t = System.nanoTime();
            for (int level = 1; level <= levels; level++) {
                for (String s : Summaries.SUBSIDY_STEPS) {
                    sql.update(Summaries.insertSubsidy(s, level, ""), utcOffset);
                }
            }
            sql.update("UPDATE report_watermark SET last_id = ? WHERE name = 'employment_follow_up'", followUps);
            Summaries.markBuilt(sql);
            c.commit();
            took.put("claims", seconds(t));
        }
        took.put("total", seconds(t0));
        return took;
    }

    private interface RangeWork {
        void run(Sql sql, long[] range);
    }

    private static void parallel(ExecutorService pool, Connections db, List<long[]> ranges, RangeWork work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (long[] r : ranges) {
            futures.add(pool.submit(() -> {
                try (Connection c = db.open()) {
                    c.setAutoCommit(false);
                    work.run(Sql.of(c), r);
                    c.commit();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}
