package org.skillpass.bench;

import org.skillpass.dev.Databases;
import org.skillpass.dev.PayaraMicro;
import org.skillpass.testsupport.SubsidyData;
import org.skillpass.testsupport.TestData;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Subsidy batch approval benchmark ({@code mvn -Pbench verify}, see README): SkillPass on Payara Micro
 * against MariaDB; {@code bench.claims} (10,000) submitted claims of one county are seeded by bulk JDBC and
 * approved in one batch through the service over REST ({@code POST /api/subsidies/claims/approve}: rows
 * locked, states and versions checked, fraud flags and revoked certificates looked up, one UPDATE per
 * thousand, one audit entry and one event per claim). The baseline, in the same run on the same rows, is a
 * bare JDBC batch update of the state. Then the region's notice is computed: publishing it (every approved
 * claim to PUBLIC_NOTICE with audit and events) and rendering its de-identified list as xlsx and PDF.
 * Writes {@code bench/results/<date>-subsidies.md} and {@code .json}.
 */
public final class SubsidyBench {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^,\"}]*)\"?");

    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath();
        Path baseDir = Path.of(System.getProperty("skillpass.base.dir", ".")).toAbsolutePath();
        int n = Integer.getInteger("bench.claims", 10_000);
        int port = Integer.getInteger("bench.port", 8182);
        System.setProperty("bench.database", System.getProperty("bench.database", "skillpass_bench_subsidy"));

        Databases.Target db = Databases.forBench(buildDir);
        System.out.println("[bench] database: " + db.description());
        Properties props = db.asSkillPassProperties();
        props.setProperty("skillpass.certificate.store", buildDir.resolve("bench-certificates").toString());
        props.setProperty("skillpass.certificate.dev-keystore", buildDir.resolve("bench-keys/dev-signing.p12").toString());
        props.forEach((k, v) -> System.setProperty((String) k, (String) v));
        Path propsFile = buildDir.resolve("bench-subsidy.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by SubsidyBench");
        }
        List<String> jvm = List.of("-Xmx2g", "-XX:+UseParallelGC");
        Process payara = PayaraMicro.start(buildDir, propsFile, port, jvm, false);
        try {
            String base = "http://localhost:" + port;
            if (!PayaraMicro.waitUntilServing(base + "/login.xhtml", payara)) {
                throw new IllegalStateException("Payara Micro did not start; see " + buildDir.resolve("payara-micro-" + port + ".log"));
            }
            String officer = TestData.unique("bench.hr.");
            TestData.account(officer, "基准审核员", "HR_OFFICER", TestData.organisation("HR_BUREAU", "船营区人社局（基准）", "220204"));
            String auth = "Basic " + Base64.getEncoder().encodeToString((officer + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("date", LocalDate.now().toString());
            results.put("claims", n);
            results.put("serverJvm", String.join(" ", jvm));
            results.put("cores", Runtime.getRuntime().availableProcessors());
            // a shared machine: the load when the run started says how far the figures can be trusted
            results.put("loadAverageAtStart", round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

            // warm-up: JIT, pools, statement caches (these claims are published and released, so they do not count below)
            long warmInst = TestData.organisation("INSTITUTION", "预热学校", "220204");
            List<Long> warm = SubsidyData.submittedClaims(Math.min(1000, n), "220204", warmInst, new BigDecimal("1300.00"));
            approve(http, base, auth, warm);
            Map<String, String> warmNotice = fields(post(http, base + "/api/subsidies/notices", auth, null).body());
            get(http, base + "/api/notices/" + warmNotice.get("id") + "/xlsx");
            get(http, base + "/api/notices/" + warmNotice.get("id") + "/pdf");

            long inst = TestData.organisation("INSTITUTION", "基准测试学校", "220204");
            long seedStart = System.nanoTime();
            List<Long> ids = SubsidyData.submittedClaims(n, "220204", inst, new BigDecimal("1300.00"));
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf(Locale.ROOT, "[bench] seeded %d submitted claims by bulk JDBC in %.2f s%n", ids.size(), seedSeconds);
            results.put("seedSeconds", round(seedSeconds));

            // baseline: a bare JDBC batch update of the same rows, then put back
            double bare = bareUpdate(ids);
            resetToSubmitted(ids);
            System.out.printf(Locale.ROOT, "[bench] bare JDBC batch update: %d rows in %.3f s = %.0f rows/s%n", n, bare, n / bare);
            results.put("bareSeconds", round(bare));
            results.put("barePerSecond", Math.round(n / bare));

            // the service over REST
            long t0 = System.nanoTime();
            Map<String, String> r = approve(http, base, auth, ids);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int approved = Integer.parseInt(r.get("approved"));
            if (approved != n) {
                throw new IllegalStateException("approved " + approved + " of " + n + ": " + r);
            }
            long audits = TestData.count("select count(*) from audit_entry where entity_type = 'SubsidyClaim' and action = "
                    + "'SUBSIDY_CLAIM_APPROVED' and entity_id in (select cast(id as char) collate utf8mb4_unicode_ci from subsidy_claim "
                    + "where organisation_id = ?)", inst);
            System.out.printf(Locale.ROOT, "[bench] batch approval over REST: %d claims in %.3f s = %.0f claims/s (server %s ms), "
                    + "%d audit entries%n", approved, seconds, approved / seconds, r.get("millis"), audits);
            results.put("approveSeconds", round(seconds));
            results.put("approvePerSecond", Math.round(approved / seconds));
            results.put("approveServerMillis", Long.parseLong(r.get("millis")));
            results.put("auditEntries", audits);
            results.put("ratioToBare", round(bare / seconds));

            // the region's notice: publish (state change, audit, events), then the de-identified list as files
            t0 = System.nanoTime();
            HttpResponse<String> published = post(http, base + "/api/subsidies/notices", auth, null);
            double publishSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, String> notice = fields(published.body());
            if (published.statusCode() != 201 || !String.valueOf(n).equals(notice.get("claims"))) {
                throw new IllegalStateException("notice: " + published.statusCode() + " " + published.body());
            }
            t0 = System.nanoTime();
            byte[] xlsx = get(http, base + "/api/notices/" + notice.get("id") + "/xlsx");
            double xlsxSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            byte[] pdf = get(http, base + "/api/notices/" + notice.get("id") + "/pdf");
            double pdfSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            get(http, base + "/subsidy/notice.xhtml?id=" + notice.get("id"));
            double pageSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "[bench] notice of %d claims: published in %.3f s, xlsx %.3f s (%d KB), PDF %.3f s (%d KB), "
                            + "first page %.3f s%n", n, publishSeconds, xlsxSeconds, xlsx.length / 1024, pdfSeconds, pdf.length / 1024,
                    pageSeconds);
            results.put("noticePublishSeconds", round(publishSeconds));
            results.put("noticeXlsxSeconds", round(xlsxSeconds));
            results.put("noticeXlsxKB", xlsx.length / 1024);
            results.put("noticePdfSeconds", round(pdfSeconds));
            results.put("noticePdfKB", pdf.length / 1024);
            results.put("noticePageSeconds", round(pageSeconds));
            write(baseDir, results);
        } finally {
            payara.destroy();
            payara.waitFor();
            if (db.embedded() != null) {
                db.embedded().stop();
            }
        }
    }

    private static Map<String, String> approve(HttpClient http, String base, String auth, List<Long> ids) throws Exception {
        String body = "{\"ids\":[" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
        HttpResponse<String> r = post(http, base + "/api/subsidies/claims/approve", auth, body);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("approval refused: " + r.statusCode() + " " + r.body());
        }
        return fields(r.body());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String auth, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).timeout(Duration.ofMinutes(10));
        b = json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode());
        }
        return r.body();
    }

    /** The same change without the service: one batched UPDATE per row in one transaction. */
    private static double bareUpdate(List<Long> ids) throws Exception {
        try (Connection c = TestData.connect()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("update subsidy_claim set state = 'APPROVED', decided_at = ?, decided_by = 'bare', "
                    + "version = version + 1 where id = ?")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (long id : ids) {
                    ps.setTimestamp(1, now);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static void resetToSubmitted(List<Long> ids) throws Exception {
        try (Connection c = TestData.connect(); PreparedStatement ps = c.prepareStatement("update subsidy_claim set state = 'SUBMITTED', "
                + "decided_at = null, decided_by = null, version = 0 where id between ? and ?")) {
            ps.setLong(1, ids.get(0));
            ps.setLong(2, ids.get(ids.size() - 1));
            ps.executeUpdate();
        }
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            m.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void write(Path baseDir, Map<String, Object> r) throws Exception {
        Path dir = baseDir.resolve("bench/results");
        Files.createDirectories(dir);
        StringBuilder json = new StringBuilder("{\n");
        r.forEach((k, v) -> json.append("  \"").append(k).append("\": ")
                .append(v instanceof Number ? v.toString() : "\"" + v + "\"").append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Report.writeResults(dir.resolve(r.get("date") + "-subsidies.json"), json);
        String md = String.format(Locale.ROOT, """
                # Subsidy batch approval and notice — %s

                Machine: %s cores (load average %s when the run started); SkillPass on Payara Micro (%s) and MariaDB on the
                same machine; %s submitted claims of one county, seeded by bulk JDBC (%s s).

                **Batch approval** through the service over REST (`POST /api/subsidies/claims/approve`, one transaction):
                rows locked (SELECT … FOR UPDATE), region, state and version checked, revoked certificates and open attendance
                flags looked up, one UPDATE per thousand claims, one audit entry per claim (INSERT … SELECT) and one
                `ClaimsStateChanged` event listing every claim. Baseline: a bare JDBC batch update of the same rows' state in the same run.

                | | seconds | claims/s |
                |---|---|---|
                | batch approval (service, REST, wall clock) | %s | %s |
                | bare JDBC batch update | %s | %s |

                Server time of the approval: %s ms; audit entries written: %s; the bare update takes %s of the service's time.

                **The region's notice (公示)** of the same %s claims:

                | step | seconds | size |
                |---|---|---|
                | publish (all approved claims to PUBLIC_NOTICE, audit, events) | %s | |
                | de-identified list as xlsx | %s | %s KB |
                | de-identified list as PDF (Noto Sans SC subset) | %s | %s KB |
                | public page, first 50 rows | %s | |
                """, r.get("date"), r.get("cores"), r.get("loadAverageAtStart"), r.get("serverJvm"), r.get("claims"), r.get("seedSeconds"),
                r.get("approveSeconds"), r.get("approvePerSecond"), r.get("bareSeconds"), r.get("barePerSecond"),
                r.get("approveServerMillis"), r.get("auditEntries"), r.get("ratioToBare"), r.get("claims"),
                r.get("noticePublishSeconds"), r.get("noticeXlsxSeconds"), r.get("noticeXlsxKB"), r.get("noticePdfSeconds"),
                r.get("noticePdfKB"), r.get("noticePageSeconds"));
        Report.writeResults(dir.resolve(r.get("date") + "-subsidies.md"), md);
        System.out.println("[bench] results written to " + dir);
    }
}
