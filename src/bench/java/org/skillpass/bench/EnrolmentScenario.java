package org.skillpass.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scenario 1, enrolment: signed-in workers enrol into filed classes over REST ({@code POST /api/enrolments})
 * and through the class page's form, at the target rate (open model), then a capacity probe over REST
 * (closed model, as fast as it goes); afterwards no class may hold more CONFIRMED learners than seats.
 * Baseline: bare single-row JDBC inserts per second (autocommit, one connection) in the same run.
 */
final class EnrolmentScenario {

    private EnrolmentScenario() {
    }

    /** Unique (worker, class) pairs in an order that spreads both: worker i % W into class (i / W + i % W) % C. */
    private static final class Pairs {
        private final List<String> cookies;
        private final List<Long> classes;
        private long next;

        Pairs(List<String> cookies, List<Long> classes) {
            this.cookies = cookies;
            this.classes = classes;
        }

        long left() {
            return (long) cookies.size() * classes.size() - next;
        }

        List<Map<String, Object>> take(long n) {
            int w = cookies.size();
            int c = classes.size();
            long count = Math.min(n, left());
            List<Map<String, Object>> out = new ArrayList<>((int) count);
            for (long k = 0; k < count; k++, next++) {
                int worker = (int) (next % w);
                int cls = (int) ((next / w + worker) % c);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("cookie", cookies.get(worker));
                r.put("classId", classes.get(cls));
                out.add(r);
            }
            return out;
        }
    }

    static List<Outcome> run(Bench b) throws Exception {
        BenchConfig cfg = b.config;
        List<Long> restClasses = BenchData.classesOf(b.home, "REST报名班", cfg.enrolClasses, cfg.enrolCapacity);
        List<Long> formClasses = BenchData.classesOf(b.home, "表单报名班", cfg.enrolClasses, cfg.enrolCapacity);
        BenchData.workers("bench.w.", cfg.enrolWorkers);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < cfg.enrolWorkers; i++) {
            usernames.add("bench.w." + i);
        }
        long t = System.nanoTime();
        List<String> cookies = b.logins(usernames);
        double loginSeconds = (System.nanoTime() - t) / 1e9;
        b.dataset.put("enrolment", cfg.enrolWorkers + " workers signed in through the login form in "
                + Report.f(loginSeconds) + " s; " + cfg.enrolClasses + " + " + cfg.enrolClasses + " filed classes of "
                + cfg.enrolCapacity + " seats (REST, form)");

        Map<String, Object> baseline = Bench.singleRowInserts(cfg.enrolBaselineSeconds);
        double baseRate = ((Number) baseline.get("rowsPerSecond")).doubleValue();

        Pairs rest = new Pairs(cookies, restClasses);
        Pairs form = new Pairs(cookies, formClasses);
        int warmRate = Math.max(10, cfg.enrolRate / 3);

        // REST: warm-up, capacity probe (closed: the server at full speed, which also finishes warming it up: a
        // 15 s warm-up alone left the JIT cold enough that the open run's first seconds built a backlog), target rate
        b.gatling(EnrolRestSimulation.class, "enrol-rest-warmup", Map.of("request", "warm-up", "model", "open",
                "rate", warmRate, "seconds", cfg.enrolWarmupSeconds), rest.take((long) warmRate * cfg.enrolWarmupSeconds + 50));
        Outcome restOut = new Outcome("enrolment-rest", "Enrolment, REST (POST /api/enrolments)",
                "≥ " + cfg.enrolRate + " enrolments/s at p99 ≤ 250 ms, no over-enrolment");
        Load.Run probe = null;
        if (cfg.enrolProbeSeconds > 0 && cfg.enrolProbeUsers > 0) {
            long need = Math.min(rest.left() - ((long) cfg.enrolRate * cfg.enrolSeconds + 50), (long) cfg.enrolProbeSeconds * 3000);
            probe = b.gatling(EnrolRestSimulation.class, "enrol-rest-probe", Map.of("request", "enrol (REST, capacity probe)",
                    "model", "closed", "users", cfg.enrolProbeUsers, "seconds", cfg.enrolProbeSeconds), rest.take(need));
        }
        BenchServer.Window w = b.server.begin("enrolment-rest");
        Load.Run run = b.gatling(EnrolRestSimulation.class, "enrol-rest", Map.of("request", "enrol (REST)", "model", "open",
                "rate", cfg.enrolRate, "seconds", cfg.enrolSeconds), rest.take((long) cfg.enrolRate * cfg.enrolSeconds + 50));
        restOut.window(b.server.end(w));
        Load.Stats s = run.of("enrol (REST)");
        restOut.request(s).report = run.report().toString();
        double restRate = s.okPerSecond();
        if (probe != null) {
            restOut.request(probe.of("enrol (REST, capacity probe)"));
        }

        // the form: warm-up, target rate
        b.gatling(EnrolFormSimulation.class, "enrol-form-warmup", Map.of("request", "warm-up", "rate", warmRate,
                "seconds", cfg.enrolWarmupSeconds), form.take((long) warmRate * cfg.enrolWarmupSeconds + 50));
        Outcome formOut = new Outcome("enrolment-form", "Enrolment, JSF form (catalog/class.xhtml)",
                "≥ " + cfg.enrolRate + " enrolments/s at p99 ≤ 250 ms, no over-enrolment");
        w = b.server.begin("enrolment-form");
        Load.Run formRun = b.gatling(EnrolFormSimulation.class, "enrol-form", Map.of("request", "form", "rate", cfg.enrolRate,
                "seconds", cfg.enrolSeconds), form.take((long) cfg.enrolRate * cfg.enrolSeconds + 50));
        formOut.window(b.server.end(w));
        Load.Stats page = formRun.of("form class page");
        Load.Stats post = formRun.of("form enrol");
        formOut.request(page).request(post).report = formRun.report().toString();
        double formRate = post.okPerSecond();

        // no over-enrolment, seat counters right, nobody waitlisted beside a free seat
        List<Long> all = new ArrayList<>(restClasses);
        all.addAll(formClasses);
        Map<String, Object> check = seats(all);
        boolean seatsOk = ((Number) check.get("classesOverCapacity")).intValue() == 0
                && ((Number) check.get("counterMismatches")).intValue() == 0
                && ((Number) check.get("waitlistedBesideFreeSeat")).intValue() == 0;

        String load = "open model: " + cfg.enrolRate + " new enrolments per second for " + cfg.enrolSeconds
                + " s (REST: after a " + cfg.enrolWarmupSeconds + " s warm-up at " + warmRate + "/s and the " + cfg.enrolProbeSeconds
                + " s capacity probe; form: after a " + cfg.enrolWarmupSeconds + " s warm-up), each a different (worker, class) "
                + "pair over " + cfg.enrolWorkers + " signed-in workers and " + cfg.enrolClasses + " classes of "
                + cfg.enrolCapacity + " seats, so classes fill up and later requests are waitlisted";
        for (Outcome o : List.of(restOut, formOut)) {
            o.load = load;
            o.baseline.putAll(baseline);
            o.checks.putAll(check);
            o.seconds = cfg.enrolSeconds;
            o.baselineText = Report.f(baseRate) + " bare JDBC inserts/s";
            o.note("Authentication: each worker signed in once through the login form (session cookie reused for "
                    + "every request, also for /api/*); bench accounts store a 1,024-iteration PBKDF2 hash, so the "
                    + "sign-ins before the run took seconds. No PBKDF2 runs during the measurement.");
        }
        restOut.what = "A signed-in worker posts {classId, category, status}; the service takes the class row lock "
                + "(SELECT … FOR UPDATE), decides seat or waitlist, writes the enrolment and an audit entry in one transaction; "
                + "201 with CONFIRMED or WAITLISTED counts as success.";
        formOut.what = "As a browser: GET the class page with the session cookie, then POST the enrol form with its view "
                + "state (non-ajax, the page comes back showing the worker's state). One enrolment = one GET + one POST; "
                + "the target applies to the POST (the enrolment), the GET is listed too.";
        judge(restOut, s, restRate, cfg.enrolRate, seatsOk);
        judge(formOut, post, formRate, cfg.enrolRate, seatsOk);
        restOut.measured = Report.f(restRate) + "/s, p99 " + Report.f(s.p99()) + " ms, " + s.ko() + " errors";
        formOut.measured = Report.f(formRate) + "/s, p99 " + Report.f(post.p99()) + " ms (page GET p99 "
                + Report.f(page.p99()) + " ms), " + (post.ko() + page.ko()) + " errors";
        restOut.ratios.put("enrolments/s ÷ bare inserts/s", Report.round(restRate / baseRate));
        formOut.ratios.put("enrolments/s ÷ bare inserts/s", Report.round(formRate / baseRate));
        restOut.ratioText = Report.round(restRate / baseRate) + "×";
        formOut.ratioText = Report.round(formRate / baseRate) + "×";
        if (probe != null) {
            Load.Stats p = probe.of("enrol (REST, capacity probe)");
            double probeRate = p.okPerSecond();
            restOut.figures.put("capacity probe", cfg.enrolProbeUsers + " workers enrolling back to back for "
                    + cfg.enrolProbeSeconds + " s: " + Report.f(probeRate) + " enrolments/s, p99 " + Report.f(p.p99())
                    + " ms, " + p.ko() + " errors (" + Report.round(probeRate / cfg.enrolRate) + "× the target rate; "
                    + Report.round(probeRate / baseRate) + "× the bare inserts)");
            restOut.ratios.put("capacity probe enrolments/s ÷ bare inserts/s", Report.round(probeRate / baseRate));
            restOut.measured += "; capacity ≈ " + Report.f(probeRate) + "/s";
        }
        return List.of(restOut, formOut);
    }

    private static void judge(Outcome o, Load.Stats s, double rate, int target, boolean seatsOk) {
        if (!seatsOk) {
            o.verdict = Outcome.Verdict.FAILED;
            o.margin = "over-enrolment or seat counter mismatch (see checks)";
            return;
        }
        boolean rateOk = rate >= target * 0.97; // the run's last responses arrive after the last arrival
        boolean latencyOk = s.p99() <= 250;
        boolean errorsOk = s.ko() == 0;
        String margin = (rateOk ? "sustained " : "only ") + Report.f(rate) + "/s of " + target + "/s offered; p99 "
                + Report.f(s.p99()) + " ms " + (latencyOk ? "is " + Report.f(250 / Math.max(1, s.p99())) + "× under" : "exceeds")
                + " the 250 ms limit" + (errorsOk ? "" : "; " + s.ko() + " errors");
        o.verdict(rateOk && latencyOk && errorsOk, margin);
    }

    static Map<String, Object> seats(List<Long> classes) throws Exception {
        int over = 0;
        int mismatch = 0;
        int waitlistedFree = 0;
        long confirmed = 0;
        long waitlisted = 0;
        long seats = 0;
        String in = classes.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection c = BenchData.connect(); PreparedStatement ps = c.prepareStatement("SELECT c.id, c.capacity, "
                + "c.confirmed_count, SUM(e.state = 'CONFIRMED'), SUM(e.state = 'WAITLISTED') FROM training_class c "
                + "LEFT JOIN enrolment e ON e.class_id = c.id WHERE c.id IN (" + in + ") GROUP BY c.id, c.capacity, c.confirmed_count");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int capacity = rs.getInt(2);
                int counter = rs.getInt(3);
                int conf = rs.getInt(4);
                int wait = rs.getInt(5);
                seats += capacity;
                confirmed += conf;
                waitlisted += wait;
                if (conf > capacity) {
                    over++;
                }
                if (conf != counter) {
                    mismatch++;
                }
                if (wait > 0 && conf < capacity) {
                    waitlistedFree++;
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("classes", classes.size());
        m.put("seats", seats);
        m.put("confirmed", confirmed);
        m.put("waitlisted", waitlisted);
        m.put("classesOverCapacity", over);
        m.put("counterMismatches", mismatch);
        m.put("waitlistedBesideFreeSeat", waitlistedFree);
        return m;
    }
}
