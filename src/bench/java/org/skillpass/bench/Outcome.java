package org.skillpass.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario measured, in the shape of the results files (JSON object, Markdown section). */
final class Outcome {

    enum Verdict { MET, MISSED, FAILED, NOT_AVAILABLE, MEASURED }

    final String id;
    final String title;
    final String target;
    Verdict verdict = Verdict.MEASURED;
    String margin = "";
    String measured = "";
    String baselineText = "";
    String ratioText = "";
    String load = "";
    String what = "";
    Map<String, Object> result;
    final List<Map<String, Object>> requests = new ArrayList<>();
    final Map<String, Object> baseline = new LinkedHashMap<>();
    final Map<String, Object> ratios = new LinkedHashMap<>();
    final Map<String, Object> checks = new LinkedHashMap<>();
    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    Map<String, Object> memory;
    Map<String, Object> gc;
    Map<String, Object> profile;
    String report;
    double seconds;

    Outcome(String id, String title, String target) {
        this.id = id;
        this.title = title;
        this.target = target;
    }

    Outcome request(Load.Stats s) {
        requests.add(s.asMap());
        return this;
    }

    Outcome window(BenchServer.Window w) {
        memory = w.memory();
        gc = w.gc;
        return this;
    }

    Outcome note(String text) {
        notes.add(text);
        return this;
    }

    Outcome verdict(boolean met, String margin) {
        this.verdict = met ? Verdict.MET : Verdict.MISSED;
        this.margin = margin;
        return this;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("target", target);
        m.put("verdict", verdict.name());
        m.put("margin", margin);
        m.put("what", what);
        m.put("load", load);
        m.put("measured", measured);
        if (result != null) {
            m.put("result", result);
        }
        m.put("requests", requests);
        m.put("figures", figures);
        m.put("baseline", baseline);
        m.put("ratios", ratios);
        m.put("checks", checks);
        if (memory != null) {
            m.put("memory", memory);
        }
        if (gc != null) {
            m.put("gc", gc);
        }
        if (profile != null) {
            m.put("profile", profile);
        }
        if (report != null) {
            m.put("gatlingReport", report);
        }
        m.put("seconds", Report.round(seconds));
        m.put("notes", notes);
        return m;
    }
}
