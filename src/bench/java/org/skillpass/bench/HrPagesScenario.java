package org.skillpass.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5, the HR officer's pages on the full dataset: the reporting dashboard and the claim review
 * queue, signed-in officers going round both with a short think time. Baseline: the signed-in home page,
 * same users, same pace. A page missing from this build is reported as not available, never measured.
 */
final class HrPagesScenario {

    static final String DASHBOARD = "/reporting/dashboard.xhtml";
    static final String QUEUE = "/subsidy/claims.xhtml";

    private HrPagesScenario() {
    }

    static List<Outcome> run(Bench b, Dataset.Hr hr) throws Exception {
        BenchConfig cfg = b.config;
        Outcome dash = new Outcome("hr-dashboard", "HR dashboard (reporting/dashboard.xhtml)", "p95 ≤ 200 ms on the full dataset");
        Outcome queue = new Outcome("claim-queue", "Claim review queue (subsidy/claims.xhtml)", "p95 ≤ 200 ms on the full dataset");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < Math.max(1, cfg.dashUsers); i++) {
            users.add(hr.officers().get(i % hr.officers().size()));
        }
        List<String> cookies = b.logins(users);
        Web probe = new Web(b.base()).login(hr.officers().get(0), BenchData.PASSWORD);
        boolean hasDashboard = available(probe, DASHBOARD, "id=\"kpis\"", dash);
        boolean hasQueue = available(probe, QUEUE, "id=\"counts\"", queue);
        if (!hasDashboard && !hasQueue) {
            return List.of(dash, queue);
        }
        List<String> pages = new ArrayList<>();
        if (hasDashboard) {
            pages.add("HR dashboard|" + DASHBOARD + "|id=\"kpis\"");
        }
        if (hasQueue) {
            pages.add("claim queue|" + QUEUE + "|id=\"counts\"");
        }
        List<Map<String, Object>> feed = new ArrayList<>();
        for (String c : cookies) {
            feed.add(Map.of("cookie", c));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("users", cookies.size());
        p.put("seconds", cfg.dashSeconds);
        p.put("thinkMs", cfg.dashThinkSeconds * 1000);
        p.put("pages", String.join(";", pages));
        b.gatling(PagesSimulation.class, "hr-pages-warmup", withSeconds(p, Math.min(15, cfg.dashSeconds)), feed);
        BenchServer.Window w = b.server.begin("hr-pages");
        Load.Run run = b.gatling(PagesSimulation.class, "hr-pages", p, feed);
        BenchServer.Window window = b.server.end(w);

        Map<String, Object> bp = new LinkedHashMap<>(p);
        bp.put("pages", "home|/home.xhtml|id=\"greeting\"");
        bp.put("seconds", Math.min(cfg.dashSeconds, 30));
        Load.Stats home = b.gatling(PagesSimulation.class, "hr-pages-baseline", bp, feed).of("home");

        String load = cookies.size() + " signed-in HR officer sessions (the generator's officers of every province, city and "
                + "county, in turn: each sees its own region and below), each going round "
                + (pages.size() == 2 ? "dashboard → claim queue" : "the page") + " with " + cfg.dashThinkSeconds
                + " s between pages, for " + cfg.dashSeconds + " s (after a 15 s warm-up)";
        if (hasDashboard) {
            judge(dash, run.of("HR dashboard"), home, window, load, run);
            dash.what = "The bureau's dashboard for its region, this year: training 人次 against the target, completion, "
                    + "pass and employment rates, fraud flags, charts and tables per county, type and occupation — read "
                    + "from the reporting summaries (kept current inside each changing transaction).";
        }
        if (hasQueue) {
            judge(queue, run.of("claim queue"), home, window, load, run);
            queue.what = "The review queue of the bureau's region and below: counts per state and the first page of "
                    + "claims to review (SUBMITTED, UNDER_REVIEW), oldest first, over the generated claims plus the "
                    + hr.claims().size() + " waiting for the batch approval.";
        }
        return List.of(dash, queue);
    }

    private static Map<String, Object> withSeconds(Map<String, Object> p, int seconds) {
        Map<String, Object> m = new LinkedHashMap<>(p);
        m.put("seconds", seconds);
        return m;
    }

    private static boolean available(Web officer, String path, String marker, Outcome o) throws Exception {
        HttpResponse<String> r = officer.get(path);
        if (r.statusCode() == 200 && r.body().contains(marker)) {
            return true;
        }
        o.verdict = Outcome.Verdict.NOT_AVAILABLE;
        o.margin = "not available in this build (" + path + " answered HTTP " + r.statusCode() + ")";
        o.measured = "—";
        o.note("The page " + path + " is not in this build (HTTP " + r.statusCode() + "): nothing was measured.");
        return false;
    }

    private static void judge(Outcome o, Load.Stats s, Load.Stats home, BenchServer.Window w, String load, Load.Run run) {
        o.window(w);
        o.request(s);
        o.report = run.report().toString();
        o.load = load;
        o.seconds = s.count() == 0 ? 0 : s.count() / Math.max(0.01, s.perSecond());
        o.baseline.put("what", "the signed-in home page (home.xhtml), same officers, same pace");
        o.baseline.putAll(home.asMap());
        o.ratios.put("p95 ÷ home p95", Report.round(s.p95() / Math.max(1, home.p95())));
        o.measured = "p95 " + Report.f(s.p95()) + " ms, p99 " + Report.f(s.p99()) + " ms, " + s.ko() + " errors";
        o.baselineText = "home p95 " + Report.f(home.p95()) + " ms";
        o.ratioText = Report.round(s.p95() / Math.max(1, home.p95())) + "×";
        boolean ok = s.p95() <= 200 && s.ko() == 0;
        o.verdict(ok, "p95 " + Report.f(s.p95()) + " ms " + (s.p95() <= 200 ? "is " + Report.f(200 / Math.max(1, s.p95()))
                + "× under" : "exceeds") + " the 200 ms limit" + (s.ko() == 0 ? "" : "; " + s.ko() + " errors"));
    }
}
