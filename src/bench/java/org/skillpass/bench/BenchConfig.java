package org.skillpass.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The suite's knobs: system properties {@code bench.*} (the pom's bench profile passes each one, with the
 * issue's full size as default). Read once; the results file records them.
 */
final class BenchConfig {

    static final Set<String> ALL_SCENARIOS = new LinkedHashSet<>(
            Arrays.asList("enrolment", "browse", "certificates", "verify", "dashboards", "claims", "roster"));

    final Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath();
    final Path baseDir = Path.of(System.getProperty("skillpass.base.dir", ".")).toAbsolutePath();
    final Path resultsDir = Path.of(str("bench.results", baseDir.resolve("bench/results").toString())).toAbsolutePath();
    final Path workDir = buildDir.resolve("bench");

    final Set<String> scenarios = scenarios(str("bench.scenarios", "all"));
    final String database = str("bench.db", "skillpass_bench");
    final int port = integer("bench.port", 8181);
    final String gc = str("bench.gc", "ParallelGC");
    final String heap = str("bench.heap", "2g");
    final boolean jfr = bool("bench.jfr", true);

    final int enrolRate = integer("bench.enrol.rate", 300);
    final int enrolSeconds = integer("bench.enrol.seconds", 60);
    final int enrolWarmupSeconds = integer("bench.enrol.warmup-seconds", 15);
    final int enrolWorkers = integer("bench.enrol.workers", 2000);
    final int enrolClasses = integer("bench.enrol.classes", 100);
    final int enrolCapacity = integer("bench.enrol.capacity", 150);
    final int enrolProbeUsers = integer("bench.enrol.probe-users", 40);
    final int enrolProbeSeconds = integer("bench.enrol.probe-seconds", 30);
    final int enrolBaselineSeconds = integer("bench.enrol.baseline-seconds", 10);

    final int catalogClasses = integer("bench.catalog.classes", 3000);
    final int browseUsers = integer("bench.browse.users", 3000);
    final int browseThinkSeconds = integer("bench.browse.think-seconds", 30);
    final int browseRampSeconds = integer("bench.browse.ramp-seconds", 60);
    final int browseSeconds = integer("bench.browse.seconds", 120);
    final int browseBaselineSeconds = integer("bench.browse.baseline-seconds", 60);

    final int certificates = integer("bench.certificates", 1500);
    final int certificatesBaselineSeconds = integer("bench.certificates.baseline-seconds", 15);

    final int verifyRate = integer("bench.verify.rate", 2000);
    final int verifySeconds = integer("bench.verify.seconds", 60);
    final int verifyBaselineSeconds = integer("bench.verify.baseline-seconds", 30);

    final int dashUsers = integer("bench.dash.users", 20);
    final int dashThinkSeconds = integer("bench.dash.think-seconds", 2);
    final int dashSeconds = integer("bench.dash.seconds", 60);

    final int claims = integer("bench.claims", 10_000);
    final String datasetScale = str("bench.dataset.scale", "full");
    final int datasetThreads = integer("bench.dataset.threads", 3);
    final int rosterRows = integer("bench.roster.rows", 100_000);

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    static String str(String key, String def) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? def : v.strip();
    }

    static int integer(String key, int def) {
        return Integer.parseInt(str(key, String.valueOf(def)).replace("_", ""));
    }

    static boolean bool(String key, boolean def) {
        return Boolean.parseBoolean(str(key, String.valueOf(def)));
    }

    private static Set<String> scenarios(String list) {
        if (list.equalsIgnoreCase("all")) {
            return ALL_SCENARIOS;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : list.split(",")) {
            String name = s.strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                if (!ALL_SCENARIOS.contains(name)) {
                    throw new IllegalArgumentException("unknown scenario " + name + "; known: " + ALL_SCENARIOS);
                }
                out.add(name);
            }
        }
        return out;
    }

    /** The knobs as they were, for the results file. */
    java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.")).sorted()
                .forEach(k -> m.put(k, System.getProperty(k)));
        return m;
    }
}
