package org.skillpass.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario 6a, batch approval: an HR officer approves the 10,000 submitted claims of the queue in one
 * request ({@code POST /api/subsidies/claims/approve}, the subsidy context's set-based batch: rows locked,
 * one UPDATE per thousand, one audit entry per claim, one ClaimsStateChanged listing them all, the summaries
 * added up and kept current in a few statements).
 * Baseline: a bare JDBC batch insert of as many rows.
 */
final class ClaimsScenario {

    private ClaimsScenario() {
    }

    static Outcome run(Bench b, Dataset.Hr hr) throws Exception {
        int n = hr.claims().size();
        Outcome o = new Outcome("batch-approval", "Batch approval of " + n + " claims", "time and claims/s (no target)");
        Web officer = new Web(b.base()).login(hr.approver(), BenchData.PASSWORD);
        String body = "{\"ids\": [" + hr.claims().stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
        BenchServer.Window w = b.server.begin("batch-approval");
        long t = System.nanoTime();
        HttpResponse<String> r = officer.postJson("/api/subsidies/claims/approve", body);
        double seconds = (System.nanoTime() - t) / 1e9;
        o.window(b.server.end(w));
        o.seconds = seconds;
        if (r.statusCode() == 404) {
            o.verdict = Outcome.Verdict.NOT_AVAILABLE;
            o.margin = "not available in this build (no batch approval endpoint)";
            o.measured = "—";
            return o;
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("batch approval answered HTTP " + r.statusCode() + ": " + r.body());
        }
        JsonNode json = new ObjectMapper().readTree(r.body());
        int approved = json.path("approved").asInt();
        long serverMs = json.path("millis").asLong();
        long inDb;
        try (Connection c = BenchData.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM subsidy_claim WHERE state = 'APPROVED' AND id IN ("
                        + hr.claims().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
            rs.next();
            inDb = rs.getLong(1);
        }
        var baseline = Bench.batchInsert(n);
        double rate = approved / seconds;
        double baseRate = ((Number) baseline.get("rowsPerSecond")).doubleValue();
        o.checks.put("approved (response)", approved);
        o.checks.put("approved (database)", inDb);
        o.checks.put("skipped", json.path("skipped").size());
        o.figures.put("request, end to end", Report.f(seconds) + " s");
        o.figures.put("service time reported by the server", serverMs + " ms");
        o.figures.put("claims per second", Report.f(rate));
        o.baseline.putAll(baseline);
        o.ratios.put("claims/s ÷ bare batch rows/s", Report.round(rate / baseRate));
        o.what = "One officer request approves " + n + " SUBMITTED claims of the bureau's region: rows locked, each checked "
                + "(region, state, version, revoked certificate, open fraud flag), moved to APPROVED with an audit entry each, "
                + "the reporting summaries updated from one ClaimsStateChanged event, in one transaction.";
        o.load = "one request with " + n + " claim ids";
        o.measured = n + " claims in " + Report.f(seconds) + " s = " + Report.f(rate) + " claims/s";
        o.baselineText = Report.f(baseRate) + " bare batch rows/s";
        o.ratioText = Report.round(rate / baseRate) + "×";
        if (approved != n || inDb != n) {
            o.verdict = Outcome.Verdict.FAILED;
            o.margin = "only " + approved + " approved (database: " + inDb + ")";
        } else {
            o.margin = "all " + n + " approved";
        }
        return o;
    }
}
