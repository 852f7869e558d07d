package org.skillpass.bench;

import org.skillpass.dev.Databases;
import org.skillpass.dev.generator.DataGenerator;
import org.skillpass.dev.generator.Scale;
import org.skillpass.testsupport.SubsidyData;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset every scenario runs on: the reporting context's {@link DataGenerator} (a seeded, province-sized
 * history over the seeded regions: at {@code full} 1 million workers, 3 million enrolments in 100,000 classes,
 * about 1 million certificates, 500,000 claims in every state, with the reporting summaries rebuilt), written
 * into the bench database before SkillPass starts on it; the generator's rows/s are compared with a bare JDBC
 * batch insert on the same server. Then, for the HR scenarios, 10,000 submitted claims in one county for the
 * batch approval.
 */
final class Dataset {

    /** The county of the approval claims and the city whose officer approves them. */
    static final String COUNTY = "220204";
    static final String CITY = "220200";

    /** What the HR scenarios need from it. */
    record Hr(List<String> officers, String approver, List<Long> claims) {
    }

    private Dataset() {
    }

    /** Migrates the fresh database and fills it with the generator (before the server starts). */
    static Map<String, Object> generate(Databases.Target db, String scaleName, int threads) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        if (scaleName.equalsIgnoreCase("keep")) {
            DataGenerator.repairAndMigrate(db.url(), db.user(), db.password());
            // the scenarios create their accounts by fixed names: earlier runs' ones are renamed out of the way
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE account SET username = CONCAT('x', id, '.', username) WHERE username LIKE 'bench.w.%' "
                        + "OR username LIKE 'bench.vs.%' OR username LIKE 'bench.r.%' OR username LIKE 'bench.staff.%'");
                s.executeUpdate("UPDATE worker w JOIN account a ON a.id = w.account_id SET w.phone = CONCAT('x', w.account_id), "
                        + "w.id_number_hash = SHA2(CONCAT('retired', w.id_number_hash), 256) WHERE a.username LIKE 'x%.bench.%' "
                        + "AND w.phone NOT LIKE 'x%'");
            }
            out.put("generator", "not run (-Dbench.dataset.scale=keep): the database of an earlier run, migrated");
            return out;
        }
        DataGenerator.migrate(db.url(), db.user(), db.password());
        if (scaleName.equalsIgnoreCase("none")) {
            out.put("generator", "not run (-Dbench.dataset.scale=none): the scenarios' own data only");
            return out;
        }
        Scale scale = Scale.parse(scaleName);
        DataGenerator.Result r = DataGenerator.generate(() -> DriverManager.getConnection(db.url(), db.user(), db.password()),
                scale, new DataGenerator.Options(DataGenerator.Options.defaults().seed(), threads, LocalDate.now(), "+08:00"));
        DataGenerator.print(r);
        // the reporting benchmark's baseline (issue 7): enrolment-shaped rows (same columns and indexes) over one
        // connection in batches of 1,000 into a scratch copy of the table, on the server as the generator left it
        double bareRate;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            bareRate = org.skillpass.dev.generator.BareInsert.rowsPerSecond(c, 200_000);
        }
        Map<String, Object> bare = Map.of("rowsPerSecond", bareRate);
        double ratio = r.rowsPerSecond() / bareRate;
        out.put("generator", "reporting DataGenerator, scale " + scale.name() + " (" + String.format(Locale.ROOT, "%,d", scale.workers())
                + " workers, " + String.format(Locale.ROOT, "%,d", scale.enrolments()) + " enrolments), " + threads + " connections: "
                + String.format(Locale.ROOT, "%,d", r.totalRows()) + " rows in " + Report.f(r.dataSeconds()) + " s = "
                + Report.f(r.rowsPerSecond()) + " rows/s; summaries rebuilt " + r.summarySeconds());
        out.put("generator baseline", "bare JDBC batch insert of 200,000 enrolment-shaped rows (a scratch copy of the "
                + "enrolment table: same columns and indexes; one connection, batches of 1,000) on the same server: "
                + Report.f(((Number) bare.get("rowsPerSecond")).doubleValue()) + " rows/s (generator ÷ bare = "
                + Report.round(ratio) + ")");
        Map<String, Long> rows = new LinkedHashMap<>();
        r.rows().forEach((k, v) -> rows.put(k, v));
        out.put("generated rows", rows);
        return out;
    }

    /** The HR officers the generator made (one per region) and 10,000 submitted claims of one county to approve. */
    static Hr hr(Bench b, int claims) throws Exception {
        List<String> officers = new ArrayList<>();
        try (Connection c = BenchData.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role = 'HR_OFFICER' "
                        + "AND a.username LIKE 'bench.hr.%' ORDER BY a.username")) {
            while (rs.next()) {
                officers.add(rs.getString(1));
            }
        }
        if (officers.isEmpty()) {
            // no generated dataset: an HR bureau of the city with one officer
            long bureau = org.skillpass.testsupport.TestData.organisation("HR_BUREAU", "吉林市人社局（基准）", CITY);
            BenchData.accounts("bench.hr." + CITY, 1, "HR_OFFICER", bureau);
            officers.add("bench.hr." + CITY + "0");
        }
        String approver = officers.contains("bench.hr." + CITY) ? "bench.hr." + CITY : officers.get(0);
        long t = System.nanoTime();
        List<Long> ids = claims > 0 ? SubsidyData.submittedClaims(claims, COUNTY, b.home.id(), new BigDecimal("1500.00")) : List.of();
        b.dataset.put("claims to approve", claims + " SUBMITTED training claims of " + COUNTY + " (船营区) filed by the bench "
                + "institution, bulk JDBC (SubsidyData.submittedClaims) in " + Report.f((System.nanoTime() - t) / 1e9)
                + " s, after the generator, so the summaries do not count their submission; approved by " + approver);
        b.dataset.put("HR officers", officers.size() + " (" + String.join(", ", officers.subList(0, Math.min(6, officers.size())))
                + (officers.size() > 6 ? ", …" : "") + "), password " + BenchData.PASSWORD);
        return new Hr(officers, approver, ids);
    }
}
