package org.skillpass.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 4, public verification {@code GET /api/verify/{number}} at a fixed arrival rate over issued
 * certificates' numbers (the per-client rate limit is set out of the way on the bench server).
 * Baseline: {@code /health/live} at the same rate.
 */
final class VerifyScenario {

    private VerifyScenario() {
    }

    static Outcome run(Bench b) throws Exception {
        BenchConfig cfg = b.config;
        Outcome o = new Outcome("verify", "Verification endpoint (GET /api/verify/{number})",
                "≥ " + cfg.verifyRate + " requests/s, p99 ≤ 50 ms");
        List<Map<String, Object>> numbers = numbers();
        if (numbers.isEmpty()) {
            CertificateBench.issueClass(b, 200);
            numbers = numbers();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", "/api/verify/#{number}");
        p.put("expect", "\"state\"");
        p.put("request", "warm-up");
        p.put("rate", Math.max(10, cfg.verifyRate / 4));
        p.put("seconds", 10);
        b.gatling(RateSimulation.class, "verify-warmup", p, numbers);

        p.put("request", "verify");
        p.put("rate", cfg.verifyRate);
        p.put("seconds", cfg.verifySeconds);
        BenchServer.Window w = b.server.begin("verify");
        Load.Run run = b.gatling(RateSimulation.class, "verify", p, numbers);
        o.window(b.server.end(w));
        Load.Stats s = run.of("verify");
        o.request(s).report = run.report().toString();
        o.seconds = cfg.verifySeconds;

        p.put("path", "/health/live");
        p.put("expect", "UP");
        p.put("request", "health/live");
        p.put("seconds", cfg.verifyBaselineSeconds);
        Load.Stats live = b.gatling(RateSimulation.class, "verify-baseline", p, numbers).of("health/live");
        o.baseline.put("what", "GET /health/live at the same arrival rate (" + cfg.verifyRate + "/s for "
                + cfg.verifyBaselineSeconds + " s)");
        o.baseline.putAll(live.asMap());

        double rate = s.okPerSecond();
        double baseRate = live.okPerSecond();
        o.what = "Anyone may verify a certificate by number: the number is parsed (22-character, ZX/PX or old 16-digit), "
                + "the certificate and its holder's masked data are read and returned as JSON. " + numbers.size()
                + " issued numbers, requested round-robin. skillpass.verify.rate-per-minute is set to 1,000,000,000 on the "
                + "bench server (all requests come from one address); the limiter itself still runs on every request.";
        o.load = "open model: " + cfg.verifyRate + " new requests per second for " + cfg.verifySeconds
                + " s (after 10 s at a quarter of the rate), connections shared like a reverse proxy's";
        o.measured = Report.f(rate) + "/s, p99 " + Report.f(s.p99()) + " ms, " + s.ko() + " errors";
        o.baselineText = "health/live " + Report.f(baseRate) + "/s, p99 " + Report.f(live.p99()) + " ms";
        o.ratios.put("p99 ÷ health p99", Report.round(s.p99() / Math.max(1, live.p99())));
        o.ratios.put("throughput ÷ health throughput", Report.round(rate / Math.max(1, baseRate)));
        o.ratioText = "p99 " + Report.round(s.p99() / Math.max(1, live.p99())) + "×";
        boolean rateOk = rate >= cfg.verifyRate * 0.97;
        boolean latencyOk = s.p99() <= 50;
        o.verdict(rateOk && latencyOk && s.ko() == 0, (rateOk ? "sustained " : "only ") + Report.f(rate) + "/s of "
                + cfg.verifyRate + "/s offered; p99 " + Report.f(s.p99()) + " ms " + (latencyOk ? "is "
                + Report.f(50 / Math.max(1, s.p99())) + "× under" : "exceeds") + " the 50 ms limit"
                + (s.ko() == 0 ? "" : "; " + s.ko() + " errors"));
        return o;
    }

    private static List<Map<String, Object>> numbers() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = BenchData.connect(); Statement s = c.createStatement()) {
            long count;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM certificate")) {
                rs.next();
                count = rs.getLong(1);
            }
            // up to 5,000 numbers spread over the whole table (a million at full scale), not only the first ones
            try (ResultSet rs = s.executeQuery("SELECT number FROM certificate WHERE MOD(id, " + Math.max(1, count / 5000)
                    + ") = 0 LIMIT 5000")) {
                while (rs.next()) {
                    out.add(Map.of("number", rs.getString(1)));
                }
            }
        }
        return out;
    }
}
