package org.skillpass.bench;

import org.skillpass.testsupport.TestData;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 3, certificate issuance: SkillPass issues a completed class's certificates through the real path
 * (number under the series lock, row and audit entry, render, sign, store the file, record path and SHA-256),
 * as a class batch over REST timed by the server, with 1 and then 2 threads; in the same run the bare PDFBox
 * render+sign loop ({@link PdfBench}) gives the baseline.
 */
final class CertificateBench {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^,\"}]*)\"?");

    private CertificateBench() {
    }

    static Outcome run(Bench b) throws Exception {
        int learners = b.config.certificates;
        Outcome o = new Outcome("certificates", "Certificate issuance (signed PDFs)", "≥ 150 signed certificates/s");
        String staff = b.home.staff();
        String auth = "Basic " + Base64.getEncoder().encodeToString((staff + ":" + BenchData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        String base = b.base();
        long institution = b.home.id();

        issue(http, base, auth, classOf(institution, Math.min(200, learners), "预热班"), 2); // warm-up: JIT, fonts, pools
        BenchServer.Window w = b.server.begin("certificates");
        double[] issued = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            Run r = issue(http, base, auth, classOf(institution, learners, "基准班" + threads), threads);
            issued[threads] = r.perSecond();
            System.out.printf(Locale.ROOT, "[bench] issued and stored, %d thread(s): %d certificates in %.2f s = %.1f/s%n",
                    threads, r.count(), r.seconds(), r.perSecond());
            o.figures.put("issued and stored, " + threads + " thread(s)", r.count() + " certificates in "
                    + Report.f(r.seconds()) + " s = " + Report.f(r.perSecond()) + "/s");
            o.seconds += r.seconds();
        }
        o.window(b.server.end(w));
        o.figures.put("average PDF size", averagePdfBytes() + " bytes");

        Duration d = Duration.ofSeconds(b.config.certificatesBaselineSeconds);
        PdfBench.measure(2, Duration.ofSeconds(Math.min(5, d.getSeconds()))); // warm-up of the bare loop in this JVM
        PdfBench.Result bare1 = PdfBench.measure(1, d);
        PdfBench.Result bare2 = PdfBench.measure(2, d);
        System.out.printf(Locale.ROOT, "[bench] bare PDFBox render+sign: 1 thread %.1f/s, 2 threads %.1f/s%n",
                bare1.perSecond(), bare2.perSecond());
        o.baseline.put("what", "bare PDFBox render + sign loop of the same engine (no container, database or file store), "
                + "in the suite's JVM while the server idles");
        o.baseline.put("1 thread", Report.f(bare1.perSecond()) + "/s");
        o.baseline.put("2 threads", Report.f(bare2.perSecond()) + "/s");
        o.ratios.put("1 thread", Report.round(issued[1] / bare1.perSecond()));
        o.ratios.put("2 threads", Report.round(issued[2] / bare2.perSecond()));
        o.what = "A completed class of " + learners + " learners is issued as a background batch "
                + "(POST /api/certificates/class/{id}/batch?threads=n, progress polled); the server's start and finish "
                + "times give the rate. Each certificate: number under the series row lock, certificate row and audit entry, "
                + "render (Noto Sans SC subset, QR), PAdES signature, file written to the store with its SHA-256.";
        o.load = "one class of " + learners + " on 1 thread, then another on 2 threads (after a 200-learner warm-up class)";
        o.measured = Report.f(issued[2]) + "/s on 2 threads (" + Report.f(issued[1]) + "/s on 1)";
        o.baselineText = Report.f(bare2.perSecond()) + "/s bare on 2 threads";
        o.ratioText = Report.round(issued[2] / bare2.perSecond()) + "×";
        boolean met = issued[2] >= 150;
        o.verdict(met, met ? Report.round(issued[2] / 150) + "× the target"
                : Report.f(issued[2]) + "/s is " + Report.round(issued[2] / 150) + "× the target; the bare engine alone does "
                + Report.f(bare2.perSecond()) + "/s on this machine");
        return o;
    }

    /** Issues one class of {@code n} (for other scenarios that need certificates to exist). */
    static void issueClass(Bench b, int n) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((b.home.staff() + ":" + BenchData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        issue(HttpClient.newHttpClient(), b.base(), auth, classOf(b.home.id(), n, "核验班"), 2);
    }

    private record Run(int count, double seconds) {
        double perSecond() {
            return count / seconds;
        }
    }

    private static Run issue(HttpClient http, String base, String auth, long classId, int threads) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/certificates/class/" + classId
                + "/batch?threads=" + threads)).header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("batch refused: " + started.statusCode() + " " + started.body());
        }
        String id = fields(started.body()).get("id");
        while (true) {
            Thread.sleep(250);
            Map<String, String> b = fields(http.send(HttpRequest.newBuilder(URI.create(base + "/api/certificates/batches/" + id))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!"RUNNING".equals(b.get("state"))) {
                if (!"DONE".equals(b.get("state")) || !"0".equals(b.get("failed"))) {
                    throw new IllegalStateException("batch ended badly: " + b);
                }
                double seconds = Duration.between(Instant.parse(b.get("startedAt")), Instant.parse(b.get("finishedAt"))).toNanos() / 1e9;
                return new Run(Integer.parseInt(b.get("issued")), seconds);
            }
        }
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            m.put(matcher.group(1), matcher.group(2));
        }
        return m;
    }

    /** A completed class of {@code n} new workers (no sessions, so everyone qualifies). */
    private static long classOf(long institution, int n, String name) throws Exception {
        long[] workers = new long[n];
        try (Connection c = TestData.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("insert into account (username, password_hash, display_name, "
                    + "created_at) values (?, 'x', ?, now(3))", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) values (?, 'WORKER')");
                 PreparedStatement worker = c.prepareStatement("insert into worker (account_id, real_name, id_number_enc, "
                         + "id_number_hash, id_number_masked, gender, birth_date, phone, created_at) values "
                         + "(?, ?, 'bench', ?, '220***********1234', 'MALE', '1990-01-01', ?, now(3))")) {
                for (int i = 0; i < n; i++) {
                    String u = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
                    account.setString(1, u);
                    account.setString(2, "学员" + i);
                    account.executeUpdate();
                    try (ResultSet rs = account.getGeneratedKeys()) {
                        rs.next();
                        workers[i] = rs.getLong(1);
                    }
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
            c.commit();
        }
        return TestData.completedClass(institution, "OCCUPATION_LEVEL", "6-31-01-03", name + UUID.randomUUID().toString().substring(0, 6),
                0, workers, new int[n]);
    }

    private static long averagePdfBytes() throws Exception {
        try (Connection c = TestData.connect(); ResultSet rs = c.createStatement().executeQuery("select avg(pdf_size) from certificate")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
