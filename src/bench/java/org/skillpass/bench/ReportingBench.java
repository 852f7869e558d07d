package org.skillpass.bench;

import org.skillpass.dev.Databases;
import org.skillpass.dev.PayaraMicro;
import org.skillpass.dev.generator.BareInsert;
import org.skillpass.dev.generator.DataGenerator;
import org.skillpass.dev.generator.Scale;

import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting benchmark ({@code mvn -Pbench verify}, see README): generates the dataset ({@link DataGenerator}, scale
 * {@code -Dbench.reporting.scale}, default full: 1 million workers, 3 million enrolments) into a fresh database
 * ({@code -Dbench.reporting.database}, default skillpass_bench_report), measuring the generator's rows/s against a
 * bare JDBC batch insert in the same run (before and after it); then starts SkillPass on Payara Micro, signs in as
 * HR officers through the login form and times the dashboards over HTTP with the session cookie (p50/p95 per kind
 * of page). Writes {@code bench/results/<date>-reporting.md} and {@code .json}.
 */
public final class ReportingBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath();
        Path baseDir = Path.of(System.getProperty("skillpass.base.dir", ".")).toAbsolutePath();
        Scale scale = Scale.parse(System.getProperty("bench.reporting.scale", "full"));
        String database = System.getProperty("bench.reporting.database", "skillpass_bench_report");
        int threads = Integer.getInteger("bench.reporting.threads", 3);
        int requests = Integer.getInteger("bench.reporting.requests", 30);
        int port = Integer.getInteger("bench.reporting.port", 8182);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", LocalDate.now().toString());
        results.put("scale", scale.name());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("loadAverageBefore", loadAverage());

        boolean generate = !"false".equals(System.getProperty("bench.reporting.generate", "true"));
        Databases.Target db = generate ? Databases.forBench(buildDir, database) : Databases.existing(database);
        System.out.println("[bench] database: " + db.description() + "; scale " + scale + (generate ? "" : " (reused, summaries rebuilt)"));
        if (generate) {
            DataGenerator.migrate(db.url(), db.user(), db.password());
        } else {
            DataGenerator.repairAndMigrate(db.url(), db.user(), db.password());
        }
        if (!generate) {
            reuse(db, results);
        } else {
            generateAndCompare(db, scale, threads, results);
        }
        measureDashboards(buildDir, baseDir, db, requests, port, results);
    }

    /** The dataset generated before (same database): only the summaries are rebuilt; no generator figures. */
    private static void reuse(Databases.Target db, Map<String, Object> results) throws Exception {
        Map<String, Double> summary = org.skillpass.reporting.infrastructure.SummaryRebuild.rebuild(
                () -> DriverManager.getConnection(db.url(), db.user(), db.password()), LocalDate.now(), "+08:00", 2);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String table : List.of("worker", "enrolment", "certificate", "subsidy_claim", "training_class")) {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        System.out.println("[bench] reused dataset " + rows + "; summaries rebuilt " + summary);
        results.put("rows", rows);
        results.put("summarySeconds", summary);
        results.put("generator", "not run (dataset reused: -Dbench.reporting.generate=false)");
    }

    private static void generateAndCompare(Databases.Target db, Scale scale, int threads, Map<String, Object> results) throws Exception {
        int bareRows = Math.min(1_000_000, Math.max(100_000, scale.enrolments() / 3));
        double bareBefore;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            bareBefore = BareInsert.rowsPerSecond(c, bareRows);
        }
        System.out.printf(Locale.ROOT, "[bench] bare JDBC batch insert (before): %,.0f rows/s%n", bareBefore);
        DataGenerator.Result generated = DataGenerator.generate(() -> DriverManager.getConnection(db.url(), db.user(), db.password()),
                scale, new DataGenerator.Options(DataGenerator.Options.defaults().seed(), threads, LocalDate.now(), "+08:00"));
        DataGenerator.print(generated);
        double bareAfter;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            bareAfter = BareInsert.rowsPerSecond(c, bareRows);
        }
        System.out.printf(Locale.ROOT, "[bench] bare JDBC batch insert (after): %,.0f rows/s%n", bareAfter);
        double bare = (bareBefore + bareAfter) / 2;
        results.put("rows", generated.rows());
        results.put("generatorThreads", threads);
        results.put("generatorRows", generated.totalRows());
        results.put("generatorSeconds", round(generated.dataSeconds()));
        results.put("generatorRowsPerSecond", Math.round(generated.rowsPerSecond()));
        results.put("bareRows", bareRows);
        results.put("bareRowsPerSecondBefore", Math.round(bareBefore));
        results.put("bareRowsPerSecondAfter", Math.round(bareAfter));
        results.put("ratio", round(generated.rowsPerSecond() / bare));
        results.put("targetRatio", 0.7);
        results.put("summarySeconds", generated.summarySeconds());
    }

    private static void measureDashboards(Path buildDir, Path baseDir, Databases.Target db, int requests, int port,
                                          Map<String, Object> results) throws Exception {
        Properties props = db.asSkillPassProperties();
        props.setProperty("skillpass.certificate.store", buildDir.resolve("bench-certificates").toString());
        props.setProperty("skillpass.certificate.dev-keystore", buildDir.resolve("bench-keys/dev-signing.p12").toString());
        Path propsFile = buildDir.resolve("bench-reporting.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by ReportingBench");
        }
        List<String> jvm = List.of("-Xmx2g", "-XX:+UseParallelGC");
        results.put("serverJvm", String.join(" ", jvm));
        Process payara = PayaraMicro.start(buildDir, propsFile, port, jvm, false);
        try {
            String base = "http://localhost:" + port;
            if (!PayaraMicro.waitUntilServing(base + "/login.xhtml", payara)) {
                throw new IllegalStateException("Payara Micro did not start; see " + buildDir.resolve("payara-micro-" + port + ".log"));
            }
            int year = LocalDate.now().getYear();
            int lastYear = year - 1;
            HttpClient jilin = login(base, "bench.hr.220000");
            HttpClient henan = login(base, "bench.hr.410000");
            long bigInstitution = biggestInstitution(db, "220000/%");
            List<Page> pages = List.of(
                    new Page("province, year", jilin, "/reporting/dashboard.xhtml?region=220000&period=" + lastYear),
                    new Page("province, quarter", jilin, "/reporting/dashboard.xhtml?region=220000&period=" + year + "-Q2"),
                    new Page("province, month", jilin, "/reporting/dashboard.xhtml?region=220000&period=" + lastYear + "-11"),
                    new Page("city, year", jilin, "/reporting/dashboard.xhtml?region=220200&period=" + year),
                    new Page("city, quarter", henan, "/reporting/dashboard.xhtml?region=410500&period=" + lastYear + "-Q4"),
                    new Page("county, year", jilin, "/reporting/dashboard.xhtml?region=220204&period=" + lastYear),
                    new Page("county, month", henan, "/reporting/dashboard.xhtml?region=410526&period=" + year + "-03"),
                    new Page("institution, year", jilin, "/reporting/institution.xhtml?id=" + bigInstitution + "&period=" + lastYear),
                    new Page("export xlsx (areas, province)", jilin, "/api/reports/areas.xlsx?region=220000&period=" + lastYear));
            for (int warm = 0; warm < 3; warm++) {
                for (Page p : pages) {
                    p.fetch(base);
                }
            }
            Map<String, Object> timings = new LinkedHashMap<>();
            List<Double> dashboards = new ArrayList<>();
            for (Page p : pages) {
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    ms[i] = p.fetch(base);
                }
                Arrays.sort(ms);
                if (p.path().startsWith("/reporting/dashboard")) {
                    for (double m : ms) {
                        dashboards.add(m);
                    }
                }
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("p50", round(percentile(ms, 50)));
                t.put("p95", round(percentile(ms, 95)));
                t.put("max", round(ms[ms.length - 1]));
                timings.put(p.name(), t);
                System.out.printf(Locale.ROOT, "[bench] %-32s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", p.name(),
                        percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]);
            }
            double[] all = dashboards.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            results.put("requestsPerPage", requests);
            results.put("pages", timings);
            results.put("dashboardP50", round(percentile(all, 50)));
            results.put("dashboardP95", round(percentile(all, 95)));
            results.put("targetP95", 200);
            results.put("loadAverageAfter", loadAverage());
            System.out.printf(Locale.ROOT, "[bench] all HR dashboards: p50 %.1f ms, p95 %.1f ms over %s enrolments%n",
                    percentile(all, 50), percentile(all, 95), ((Map<?, ?>) results.get("rows")).get("enrolment"));
            write(baseDir, results);
        } finally {
            payara.destroy();
            payara.waitFor();
            if (db.embedded() != null) {
                db.embedded().stop();
            }
        }
    }

    private record Page(String name, HttpClient client, String path) {

        /** Milliseconds for the whole response (status 200 and a page that holds figures). */
        double fetch(String base) throws Exception {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode());
            }
            if (path.endsWith(".xhtml") || path.contains(".xhtml?")) {
                String body = new String(r.body(), StandardCharsets.UTF_8);
                if (!body.contains("sp-report-table") || body.contains("ui-messages-error")) {
                    throw new IllegalStateException(path + ": no figures on the page");
                }
            }
            return ms;
        }
    }

    /** Signs in through the login form (GET for the view state, POST the form) and keeps the session cookie. */
    static HttpClient login(String base, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login=login&login%3Anext=&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(DataGenerator.PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!r.uri().getPath().endsWith("home.xhtml")) {
            throw new IllegalStateException("login of " + username + " failed: " + r.uri());
        }
        return http;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long biggestInstitution(Databases.Target db, String pathPattern) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             var ps = c.prepareStatement("SELECT institution_id FROM report_class WHERE region_path LIKE ? GROUP BY institution_id "
                     + "ORDER BY SUM(completed) DESC LIMIT 1")) {
            ps.setString(1, pathPattern);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A run on a reused dataset: no generator figures; written as {@code <date>-reporting-dashboards.md/.json}. */
    private static void writeDashboardsOnly(Path dir, Map<String, Object> r) throws Exception {
        StringBuilder json = new StringBuilder("{\n");
        r.forEach((k, v) -> json.append("  \"").append(k).append("\": ").append(json(v)).append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Report.writeResults(dir.resolve(r.get("date") + "-reporting-dashboards.json"), json);
        StringBuilder pages = new StringBuilder();
        ((Map<?, ?>) r.get("pages")).forEach((k, v) -> {
            Map<?, ?> t = (Map<?, ?>) v;
            pages.append("| ").append(k).append(" | ").append(t.get("p50")).append(" | ").append(t.get("p95")).append(" | ")
                    .append(t.get("max")).append(" |\n");
        });
        String md = String.format(Locale.ROOT, """
                # Reporting dashboards on a reused dataset — %s

                Machine: %s cores, load average %s before and %s after (shared machine). SkillPass on Payara Micro (%s).
                Dataset generated earlier (%s), summaries rebuilt in this run: %s. Each page requested %s times after
                three warm-up rounds, one at a time, signed in through the login form (session cookie).

                | page | p50 ms | p95 ms | max ms |
                |---|---|---|---|
                %s
                **All HR dashboard pages: p50 %s ms, p95 %s ms** (target p95 ≤ 200 ms).
                """, r.get("date"), r.get("cores"), r.get("loadAverageBefore"), r.get("loadAverageAfter"), r.get("serverJvm"),
                r.get("rows"), r.get("summarySeconds"), r.get("requestsPerPage"), pages, r.get("dashboardP50"), r.get("dashboardP95"));
        Report.writeResults(dir.resolve(r.get("date") + "-reporting-dashboards.md"), md);
        System.out.println("[bench] results written to " + dir);
    }

    private static String json(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(json(x)));
            return sb.append('}').toString();
        }
        return v instanceof Number ? v.toString() : "\"" + v + "\"";
    }

    private static void write(Path baseDir, Map<String, Object> r) throws Exception {
        Path dir = baseDir.resolve("bench/results");
        Files.createDirectories(dir);
        if (r.containsKey("generator")) {
            writeDashboardsOnly(dir, r);
            return;
        }
        StringBuilder json = new StringBuilder("{\n");
        r.forEach((k, v) -> json.append("  \"").append(k).append("\": ").append(json(v)).append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Report.writeResults(dir.resolve(r.get("date") + "-reporting.json"), json);
        StringBuilder pages = new StringBuilder();
        ((Map<?, ?>) r.get("pages")).forEach((k, v) -> {
            Map<?, ?> t = (Map<?, ?>) v;
            pages.append("| ").append(k).append(" | ").append(t.get("p50")).append(" | ").append(t.get("p95")).append(" | ")
                    .append(t.get("max")).append(" |\n");
        });
        StringBuilder rows = new StringBuilder();
        ((Map<?, ?>) r.get("rows")).forEach((k, v) -> rows.append("| ").append(k).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", ((Number) v).longValue())).append(" |\n"));
        String md = String.format(Locale.ROOT, """
                # Reporting — %s

                Machine: %s cores, load average %s before and %s after (the machine is shared: other engineers' builds and
                tests ran at the same time). SkillPass on Payara Micro (%s) and MariaDB on the same machine.
                Dataset: scale **%s**, generated by `DataGenerator` with %s connections.

                ## Generator

                | | rows/s |
                |---|---|
                | generator (all tables, %,d rows in %s s) | %,d |
                | bare JDBC batch insert, before / after (%,d enrolment-shaped rows, one connection) | %,d / %,d |
                | ratio (target ≥ 0.7) | %s |

                Summary rebuild after the data (seconds per step): %s.

                | table | rows |
                |---|---|
                %s
                ## Dashboards over HTTP

                Signed in as HR officers (province 220000 and 410000) through the login form; each page requested %s times
                after three warm-up rounds, one request at a time, the session cookie kept; times include rendering the
                page (tables and chart configurations) and transferring it.

                | page | p50 ms | p95 ms | max ms |
                |---|---|---|---|
                %s
                **All HR dashboard pages: p50 %s ms, p95 %s ms** (target p95 ≤ 200 ms).
                """, r.get("date"), r.get("cores"), r.get("loadAverageBefore"), r.get("loadAverageAfter"), r.get("serverJvm"),
                r.get("scale"), r.get("generatorThreads"), ((Number) r.get("generatorRows")).longValue(), r.get("generatorSeconds"),
                ((Number) r.get("generatorRowsPerSecond")).longValue(), ((Number) r.get("bareRows")).longValue(),
                ((Number) r.get("bareRowsPerSecondBefore")).longValue(), ((Number) r.get("bareRowsPerSecondAfter")).longValue(),
                r.get("ratio"), r.get("summarySeconds"), rows, r.get("requestsPerPage"), pages, r.get("dashboardP50"),
                r.get("dashboardP95"));
        Report.writeResults(dir.resolve(r.get("date") + "-reporting.md"), md);
        System.out.println("[bench] results written to " + dir);
    }
}
