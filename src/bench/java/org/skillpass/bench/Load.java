package org.skillpass.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.app.Gatling$;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs a Gatling simulation in this JVM ({@code io.gatling.app.Gatling} with the simulation class and a
 * results folder) and reads what it measured from the report's {@code js/stats.json}. Simulations get
 * their parameters and feeder records from {@link #param} and {@link #feed}, set before each run.
 */
final class Load {

    private static final Map<String, Object> PARAMS = new ConcurrentHashMap<>();
    private static volatile List<Map<String, Object>> feed = List.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Load() {
    }

    /** Figures of one request name (all figures in ms, throughput per second; "total" = OK and KO together). */
    record Stats(String name, long count, long ok, long ko, double perSecond, double mean, double p50, double p95,
                 double p99, double max) {

        /**
         * Successful requests per second of the run as it really lasted (Gatling's rate over the run, which
         * includes draining a backlog): an open-model run the server cannot keep up with takes longer than
         * planned, and this shows it, where successes ÷ planned seconds would not.
         */
        double okPerSecond() {
            return count == 0 || perSecond <= 0 ? 0 : ok * perSecond / count;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("request", name);
            m.put("count", count);
            m.put("ok", ok);
            m.put("errors", ko);
            m.put("throughputPerSecond", Report.round(perSecond));
            m.put("meanMs", Report.round(mean));
            m.put("p50Ms", p50);
            m.put("p95Ms", p95);
            m.put("p99Ms", p99);
            m.put("maxMs", max);
            return m;
        }
    }

    /** One run: every request name's figures, and the whole run's. */
    record Run(String name, Map<String, Stats> requests, Stats all, Path report) {
        /**
         * The figures of a request name; a request no virtual user reached (every one failed before it) counts as
         * none sent, so the scenario still reports what did happen (its earlier requests' errors).
         */
        Stats of(String request) {
            Stats s = requests.get(request);
            return s != null ? s : new Stats(request, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    static Object param(String key) {
        Object v = PARAMS.get(key);
        if (v == null) {
            throw new IllegalStateException("simulation parameter " + key + " is not set");
        }
        return v;
    }

    static int intParam(String key) {
        return ((Number) param(key)).intValue();
    }

    static String strParam(String key) {
        return String.valueOf(param(key));
    }

    static Iterator<Map<String, Object>> feed() {
        return feed.iterator();
    }

    static List<Map<String, Object>> feedList() {
        return feed;
    }

    static Run run(Class<?> simulation, String runName, Path resultsRoot, Map<String, Object> params,
                   List<Map<String, Object>> records) throws IOException {
        noReleaseCheck();
        PARAMS.clear();
        PARAMS.putAll(params);
        feed = records == null ? List.of() : records;
        Path dir = resultsRoot.resolve(runName);
        Files.createDirectories(dir);
        System.out.println("[bench] gatling: " + runName + " " + params);
        int code = Gatling$.MODULE$.fromArgs(new String[]{"-s", simulation.getName(), "-rf", dir.toString(), "-rd", runName});
        if (code != 0) {
            System.out.println("[bench] gatling returned " + code + " for " + runName);
        }
        Path report;
        try (Stream<Path> runs = Files.list(dir)) {
            report = runs.filter(Files::isDirectory).filter(p -> Files.exists(p.resolve("js/stats.json"))
                            || Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("gatling wrote no js/stats.json under " + dir));
        }
        JsonNode root = statsOf(report);
        Map<String, Stats> requests = new LinkedHashMap<>();
        collect(root.path("contents"), requests);
        return new Run(runName, requests, stats(root.path("name").asText("all"), root.path("stats")), report);
    }

    /**
     * The report's statistics: {@code js/stats.json} where Gatling writes it, else the object literal
     * {@code var stats = {…}} of {@code js/stats.js} (Gatling 3.13 writes only that), read leniently.
     */
    static JsonNode statsOf(Path report) throws IOException {
        Path json = report.resolve("js/stats.json");
        if (Files.exists(json)) {
            return JSON.readTree(json.toFile());
        }
        String js = Files.readString(report.resolve("js/stats.js"));
        int start = js.indexOf('{', js.indexOf("var stats"));
        int depth = 0;
        int end = start;
        boolean quoted = false;
        for (int i = start; i < js.length(); i++) {
            char ch = js.charAt(i);
            if (ch == '"' && js.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && ch == '{') {
                depth++;
            } else if (!quoted && ch == '}' && --depth == 0) {
                end = i;
                break;
            }
        }
        return LENIENT.readTree(js.substring(start, end + 1));
    }

    private static final ObjectMapper LENIENT = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES.mappedFeature())
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature());

    /**
     * Gatling looks up its latest release on search.maven.org before a run unless it checked recently; the
     * check's result is kept in java.util.prefs (under target/, see the pom). Recording a check now keeps every
     * byte of the benchmark on this machine.
     */
    private static void noReleaseCheck() {
        try {
            java.util.prefs.Preferences p = java.util.prefs.Preferences.userRoot().node("/io/gatling/latestVersion");
            p.putLong("lastCheckTimestamp", System.currentTimeMillis());
            p.putBoolean("lastCheckSuccess", false);
            p.flush();
        } catch (Exception e) {
            System.out.println("[bench] could not record Gatling's release check: " + e);
        }
    }

    private static void collect(JsonNode contents, Map<String, Stats> out) {
        contents.fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            if ("REQUEST".equals(n.path("type").asText())) {
                out.put(n.path("name").asText(), stats(n.path("name").asText(), n.path("stats")));
            }
            collect(n.path("contents"), out);
        });
    }

    /** Percentiles as configured in gatling.conf (src/bench/resources): 1 = 50th, 2 = 95th, 3 = 99th, 4 = 99.9th. */
    private static Stats stats(String name, JsonNode s) {
        return new Stats(name, (long) num(s.path("numberOfRequests"), "total"), (long) num(s.path("numberOfRequests"), "ok"),
                (long) num(s.path("numberOfRequests"), "ko"), num(s.path("meanNumberOfRequestsPerSecond"), "total"),
                num(s.path("meanResponseTime"), "total"), num(s.path("percentiles1"), "total"),
                num(s.path("percentiles2"), "total"), num(s.path("percentiles3"), "total"),
                num(s.path("maxResponseTime"), "total"));
    }

    private static double num(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
