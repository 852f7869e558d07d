package org.skillpass.bench;

import org.skillpass.reporting.infrastructure.Sql;
import org.skillpass.reporting.infrastructure.Summaries;
import org.skillpass.testsupport.SubsidyData;
import org.skillpass.testsupport.TestData;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The dataset behind the HR pages (scenarios 5 and 6): a year of completed training in 吉林市 (classes with
 * their learners, about the city's yearly target of 人次), 10,000 submitted claims in the review queue of its
 * HR bureau, and the reporting summaries rebuilt from the source tables with the reporting context's own
 * {@link Summaries#rebuildAll} (over JDBC, as its data generator is meant to use it).
 */
final class Dataset {

    static final String CITY = "220200";

    /** What the HR scenarios need from it. */
    record Hr(long bureau, List<String> officers, List<Long> claims) {
    }

    private Dataset() {
    }

    static Hr load(Bench b, int classes, int learnersPerClass, int claims, int officers) throws Exception {
        long t = System.nanoTime();
        long bureau = TestData.organisation("HR_BUREAU", "吉林市人力资源和社会保障局（基准）", CITY);
        BenchData.accounts("bench.hr.", Math.max(1, officers), "HR_OFFICER", bureau);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.max(1, officers); i++) {
            names.add("bench.hr." + i);
        }
        int pool = Math.max(learnersPerClass, classes * learnersPerClass / 3);
        List<Long> workers = BenchData.workers("bench.d.", pool);
        List<Long> courses = new ArrayList<>();
        try (Connection c = BenchData.connect(); PreparedStatement ps = c.prepareStatement("SELECT co.id, co.institution_id "
                + "FROM course co JOIN organisation o ON o.id = co.institution_id WHERE o.region_path LIKE '220000/220200/%' "
                + "AND co.occupation_id IS NOT NULL ORDER BY co.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                courses.add(rs.getLong(1));
                courses.add(rs.getLong(2));
            }
        }
        if (courses.isEmpty()) {
            throw new IllegalStateException("no courses in 吉林市: the catalog is loaded first");
        }
        Random random = new Random(7);
        String tag = "#d" + Long.toString(System.nanoTime(), 36);
        try (Connection c = BenchData.connect()) {
            c.setAutoCommit(false);
            java.util.Map<Long, String[]> regions = BenchData.regions(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_class (course_id, institution_id, region_code, "
                    + "region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, "
                    + "assessment_plan, state, filed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '实训基地', false, ?, ?, "
                    + "'刘老师', '计划', '考核', 'COMPLETED', ?, ?)")) {
                for (int i = 0; i < classes; i++) {
                    int k = random.nextInt(courses.size() / 2) * 2;
                    LocalDate end = LocalDate.now().minusDays(1 + random.nextInt(330));
                    LocalDate start = end.minusDays(20);
                    String[] region = regions.get(courses.get(k + 1));
                    ps.setLong(1, courses.get(k));
                    ps.setLong(2, courses.get(k + 1));
                    ps.setString(3, region[0]);
                    ps.setString(4, region[1]);
                    ps.setString(5, "结业班" + (i + 1) + " " + tag);
                    ps.setObject(6, start);
                    ps.setObject(7, end);
                    ps.setInt(8, learnersPerClass);
                    ps.setInt(9, learnersPerClass);
                    ps.setObject(10, start.minusDays(10).atTime(9, 0));
                    ps.setObject(11, start.minusDays(20).atTime(9, 0));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<long[]> made = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, end_date FROM training_class WHERE name LIKE ? ORDER BY id")) {
                ps.setString(1, "%" + tag);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        made.add(new long[]{rs.getLong(1), rs.getDate(2).toLocalDate().toEpochDay()});
                    }
                }
            }
            String[] categories = {"RURAL_TRANSFER", "RURAL_TRANSFER", "REGISTERED_UNEMPLOYED", "EMPLOYMENT_DIFFICULTY",
                    "TWO_AFTER_STUDENT", "POVERTY_MONITORED", "ENTERPRISE_EMPLOYEE"};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment (class_id, worker_account_id, state, category, "
                    + "applied_at, confirmed_at, ended_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')")) {
                int n = 0;
                for (int i = 0; i < made.size(); i++) {
                    LocalDate end = LocalDate.ofEpochDay(made.get(i)[1]);
                    for (int j = 0; j < learnersPerClass; j++) {
                        ps.setLong(1, made.get(i)[0]);
                        ps.setLong(2, workers.get((i * learnersPerClass + j) % workers.size()));
                        ps.setString(3, j % 12 == 11 ? "DROPPED" : "COMPLETED");
                        ps.setString(4, categories[(i + j) % categories.length]);
                        ps.setObject(5, end.minusDays(30).atTime(10, 0));
                        ps.setObject(6, end.minusDays(30).atTime(10, 0));
                        ps.setObject(7, end.atTime(17, 0));
                        ps.addBatch();
                        if (++n % 2000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        List<Long> claimIds = claims > 0
                ? SubsidyData.submittedClaims(claims, "220204", b.home.id(), new BigDecimal("1500.00")) : List.of();
        long r = System.nanoTime();
        try (Connection c = BenchData.connect()) {
            c.setAutoCommit(false);
            Summaries.rebuildAll(Sql.of(c), LocalDate.now(), "+08:00");
            c.commit();
        }
        b.dataset.put("HR dataset", classes + " completed classes of " + learnersPerClass + " in 吉林市 over the last 11 months ("
                + classes * learnersPerClass + " enrolments, " + pool + " workers), " + claims + " submitted claims in the "
                + "bureau's queue, " + officers + " HR officers; reporting summaries rebuilt in "
                + Report.f((System.nanoTime() - r) / 1e9) + " s; all loaded in " + Report.f((System.nanoTime() - t) / 1e9) + " s");
        return new Hr(bureau, names, claimIds);
    }
}
