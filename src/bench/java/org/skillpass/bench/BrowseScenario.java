package org.skillpass.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2, browsing: thousands of worker sessions going round search page → search with criteria →
 * class page with a long think time; p95 per page, and the size of the JSF view state the pages carry.
 * Baseline: the same users at the same pace fetching the stylesheet (a static resource).
 */
final class BrowseScenario {

    private BrowseScenario() {
    }

    static Outcome run(Bench b) throws Exception {
        BenchConfig cfg = b.config;
        Outcome o = new Outcome("browse", "Browsing (search → class pages)",
                cfg.browseUsers + " sessions, " + cfg.browseThinkSeconds + " s think time, p95 ≤ 300 ms, small view state");
        List<Map<String, Object>> criteria = criteria();
        o.figures.putAll(viewState(b));

        BenchServer.Window w = b.server.begin("browse");
        Load.Run run = b.gatling(BrowseSimulation.class, "browse", params(cfg, cfg.browseSeconds, false), criteria);
        o.window(b.server.end(w));
        List<Load.Stats> pages = List.of(run.of("search page"), run.of("search"), run.of("class page"));
        pages.forEach(o::request);
        o.report = run.report().toString();
        o.seconds = cfg.browseRampSeconds + cfg.browseSeconds;

        Load.Run base = b.gatling(BrowseSimulation.class, "browse-baseline", params(cfg, cfg.browseBaselineSeconds, true), criteria);
        Load.Stats css = base.of("stylesheet");
        o.baseline.put("what", "the stylesheet /resources/css/skillpass.css, same users, same think time and pace ("
                + cfg.browseRampSeconds + " s ramp + " + cfg.browseBaselineSeconds + " s)");
        o.baseline.putAll(css.asMap());

        double worstP95 = pages.stream().mapToDouble(Load.Stats::p95).max().orElse(0);
        long errors = pages.stream().mapToLong(Load.Stats::ko).sum();
        double rate = pages.stream().mapToDouble(Load.Stats::perSecond).sum();
        for (Load.Stats p : pages) {
            o.ratios.put(p.name() + " p95 ÷ stylesheet p95", Report.round(p.p95() / Math.max(1, css.p95())));
        }
        o.load = cfg.browseUsers + " virtual users (one server session each) ramped up over " + cfg.browseRampSeconds
                + " s, then " + cfg.browseSeconds + " s more; each goes round search page → search (ajax post with an "
                + "occupation and city that have classes) → a class from the results, pausing " + cfg.browseThinkSeconds
                + " s ± 50 % before each step: about " + Report.f(cfg.browseUsers / (double) cfg.browseThinkSeconds)
                + " page requests per second at full strength";
        o.what = "Anonymous workers browse the public catalog (the class page shows its course; SkillPass has no separate "
                + "public course page). Every request carries its session cookie; the search keeps its criteria and results "
                + "in a view-scoped bean, so every session holds views on the server (state saving: server).";
        o.measured = "p95 " + Report.f(pages.get(0).p95()) + " / " + Report.f(pages.get(1).p95()) + " / "
                + Report.f(pages.get(2).p95()) + " ms (search page / search / class), " + Report.f(rate) + " req/s, "
                + errors + " errors; view state " + o.figures.get("viewStateFieldBytes (search page)") + " bytes";
        o.baselineText = "stylesheet p95 " + Report.f(css.p95()) + " ms";
        o.ratioText = Report.round(worstP95 / Math.max(1, css.p95())) + "× (worst page p95)";
        boolean ok = worstP95 <= 300 && errors == 0;
        o.verdict(ok, "worst page p95 " + Report.f(worstP95) + " ms " + (worstP95 <= 300
                ? "is " + Report.f(300 / Math.max(1, worstP95)) + "× under" : "exceeds") + " the 300 ms limit"
                + (errors == 0 ? "" : "; " + errors + " errors"));
        return o;
    }

    private static Map<String, Object> params(BenchConfig cfg, int hold, boolean baseline) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("users", cfg.browseUsers);
        p.put("ramp", cfg.browseRampSeconds);
        p.put("hold", hold);
        p.put("think", cfg.browseThinkSeconds);
        p.put("static", String.valueOf(baseline));
        return p;
    }

    /** Search criteria that find classes: an occupation name and a city that has classes of it, or any city. */
    static List<Map<String, Object>> criteria() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = BenchData.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT o.name_zh, r.parent_code, COUNT(*) FROM training_class c JOIN course co ON co.id = c.course_id "
                        + "JOIN occupation o ON o.id = co.occupation_id JOIN region r ON r.code = c.region_code "
                        + "WHERE c.state = 'FILED' AND c.start_date >= CURRENT_DATE GROUP BY o.name_zh, r.parent_code")) {
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("occupation", rs.getString(1));
                m.put("region", rs.getString(2));
                out.add(m);
                if (out.size() % 3 == 0) {
                    Map<String, Object> any = new LinkedHashMap<>();
                    any.put("occupation", rs.getString(1));
                    any.put("region", "");
                    out.add(any);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no filed classes to search for");
        }
        return out;
    }

    /** The view state the pages carry (bytes of the jakarta.faces.ViewState field) and the pages' own size. */
    static Map<String, Object> viewState(Bench b) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        Web anonymous = new Web(b.base());
        HttpResponse<String> search = anonymous.get("/catalog/search.xhtml");
        m.put("viewStateFieldBytes (search page)", Web.viewState(search.body()).getBytes(StandardCharsets.UTF_8).length);
        m.put("pageBytes (search page)", search.body().getBytes(StandardCharsets.UTF_8).length);
        long classId;
        try (Connection c = BenchData.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MIN(id) FROM training_class WHERE state = 'FILED'")) {
            rs.next();
            classId = rs.getLong(1);
        }
        HttpResponse<String> page = anonymous.get("/catalog/class.xhtml?id=" + classId);
        m.put("pageBytes (class page, anonymous)", page.body().getBytes(StandardCharsets.UTF_8).length);
        BenchData.workers("bench.vs.", 1);
        Web worker = new Web(b.base()).login("bench.vs.0", BenchData.PASSWORD);
        HttpResponse<String> enrol = worker.get("/catalog/class.xhtml?id=" + classId);
        m.put("viewStateFieldBytes (class page with enrol form)", Web.viewState(enrol.body()).getBytes(StandardCharsets.UTF_8).length);
        m.put("pageBytes (class page with enrol form)", enrol.body().getBytes(StandardCharsets.UTF_8).length);
        m.put("stateSaving", "server (web.xml jakarta.faces.STATE_SAVING_METHOD): the field is only a key to the "
                + "view kept in the session");
        return m;
    }
}
