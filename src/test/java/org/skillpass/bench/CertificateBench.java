package org.skillpass.bench;

import org.skillpass.dev.Databases;
import org.skillpass.dev.PayaraMicro;
import org.skillpass.testsupport.TestData;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate issuance benchmark ({@code mvn -Pbench verify}, see README): SkillPass on Payara Micro
 * against MariaDB issues a completed class's certificates through the real path (number under the
 * series lock, row and audit entry, render, sign, store the file, record path and SHA-256) with 1 and
 * then 2 threads; in the same run the bare PDFBox render+sign loop ({@link PdfBench}) gives the
 * baseline. Prints the figures and writes {@code bench/results/<date>-certificates.md} and {@code .json}.
 */
public final class CertificateBench {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^,\"}]*)\"?");

    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath();
        Path baseDir = Path.of(System.getProperty("skillpass.base.dir", ".")).toAbsolutePath();
        int learners = Integer.getInteger("bench.certificates", 1500);
        int port = Integer.getInteger("bench.port", 8181);

        Databases.Target db = Databases.forBench(buildDir);
        System.out.println("[bench] database: " + db.description());
        Properties props = db.asSkillPassProperties();
        props.setProperty("skillpass.certificate.store", buildDir.resolve("bench-certificates").toString());
        props.setProperty("skillpass.certificate.dev-keystore", buildDir.resolve("bench-keys/dev-signing.p12").toString());
        props.forEach((k, v) -> System.setProperty((String) k, (String) v));
        Path propsFile = buildDir.resolve("bench.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by CertificateBench");
        }
        List<String> jvm = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseParallelGC"));
        if (Boolean.getBoolean("bench.jfr")) { // profile the server: target/bench-server.jfr
            jvm.add("-XX:StartFlightRecording=filename=" + buildDir.resolve("bench-server.jfr") + ",settings=profile,dumponexit=true");
        }
        Process payara = PayaraMicro.start(buildDir, propsFile, port, jvm, false);
        try {
            String base = "http://localhost:" + port;
            if (!PayaraMicro.waitUntilServing(base + "/login.xhtml", payara)) {
                throw new IllegalStateException("Payara Micro did not start; see " + buildDir.resolve("payara-micro-" + port + ".log"));
            }
            long institution = TestData.organisation("INSTITUTION", "基准测试培训学校", "220204");
            String staff = TestData.unique("bench.");
            TestData.account(staff, "基准", "INSTITUTION_STAFF", institution);
            String auth = "Basic " + Base64.getEncoder().encodeToString((staff + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("date", LocalDate.now().toString());
            results.put("learnersPerRun", learners);
            results.put("serverJvm", String.join(" ", jvm));
            results.put("cores", Runtime.getRuntime().availableProcessors());

            issue(http, base, auth, classOf(institution, 200, "预热班"), 2); // warm-up: JIT, fonts, pools
            double[] issued = new double[3];
            for (int threads = 1; threads <= 2; threads++) {
                Run r = issue(http, base, auth, classOf(institution, learners, "基准班" + threads), threads);
                issued[threads] = r.perSecond();
                System.out.printf(Locale.ROOT, "[bench] issued and stored, %d thread(s): %d certificates in %.2f s = %.1f/s%n",
                        threads, r.count(), r.seconds(), r.perSecond());
                results.put("issued" + threads + "ThreadPerSecond", round(r.perSecond()));
            }
            long avgBytes = averagePdfBytes();
            results.put("averagePdfBytes", avgBytes);

            PdfBench.measure(2, Duration.ofSeconds(5)); // warm-up of the bare loop in this JVM
            PdfBench.Result bare1 = PdfBench.measure(1, Duration.ofSeconds(15));
            PdfBench.Result bare2 = PdfBench.measure(2, Duration.ofSeconds(15));
            System.out.printf(Locale.ROOT, "[bench] bare PDFBox render+sign: 1 thread %.1f/s, 2 threads %.1f/s%n",
                    bare1.perSecond(), bare2.perSecond());
            results.put("bare1ThreadPerSecond", round(bare1.perSecond()));
            results.put("bare2ThreadPerSecond", round(bare2.perSecond()));
            results.put("ratio2Threads", round(issued[2] / bare2.perSecond()));
            results.put("ratio1Thread", round(issued[1] / bare1.perSecond()));
            results.put("target2ThreadsPerSecond", 150);
            results.put("targetRatio", 0.7);
            write(baseDir, results);
        } finally {
            payara.destroy();
            payara.waitFor();
            if (db.embedded() != null) {
                db.embedded().stop();
            }
        }
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

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void write(Path baseDir, Map<String, Object> r) throws Exception {
        Path dir = baseDir.resolve("bench/results");
        Files.createDirectories(dir);
        StringBuilder json = new StringBuilder("{\n");
        r.forEach((k, v) -> json.append("  \"").append(k).append("\": ")
                .append(v instanceof Number ? v.toString() : "\"" + v + "\"").append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Files.writeString(dir.resolve(r.get("date") + "-certificates.json"), json);
        String md = String.format(Locale.ROOT, """
                # Certificate issuance — %s

                Machine: %s cores; SkillPass on Payara Micro (%s) and MariaDB on the same machine; %s certificates per run.
                "Issued and stored" is the real path: number under the series lock, certificate row and audit entry,
                render, sign, write the file, record path and SHA-256 (a class batch over REST, timed by the server).
                The baseline is the bare PDFBox render + sign loop of the same engine in the same run.

                | | 1 thread | 2 threads |
                |---|---|---|
                | issued and stored (/s) | %s | %s |
                | bare render + sign (/s) | %s | %s |
                | ratio | %s | %s |

                Average PDF size: %s bytes. Targets: ≥ 150/s on 2 threads and ≥ 0.7 × the bare rate.
                """, r.get("date"), r.get("cores"), r.get("serverJvm"), r.get("learnersPerRun"),
                r.get("issued1ThreadPerSecond"), r.get("issued2ThreadPerSecond"), r.get("bare1ThreadPerSecond"),
                r.get("bare2ThreadPerSecond"), r.get("ratio1Thread"), r.get("ratio2Threads"), r.get("averagePdfBytes"));
        Files.writeString(dir.resolve(r.get("date") + "-certificates.md"), md);
        System.out.println("[bench] results written to " + dir);
    }
}
