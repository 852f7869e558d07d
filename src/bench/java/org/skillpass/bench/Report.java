package org.skillpass.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code bench/results/<date>.md} (for people) and {@code <date>.json} (for programs) from the same figures. */
final class Report {

    private Report() {
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String f(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Writes a results file with the paths inside the project given relative to it ({@code target/bench/…}), so a
     * committed results file names no machine's directories. Every benchmark writes its results through here.
     */
    static void writeResults(Path file, CharSequence text) throws java.io.IOException {
        Path project = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath().getParent();
        Files.writeString(file, text.toString().replace(project + java.io.File.separator, ""));
    }

    static void write(Path dir, String date, Map<String, Object> run, List<Outcome> outcomes) throws Exception {
        Files.createDirectories(dir);
        run.put("scenarios", outcomes.stream().map(Outcome::asMap).toList());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        writeResults(dir.resolve(date + ".json"), json.writeValueAsString(run) + "\n");
        writeResults(dir.resolve(date + ".md"), markdown(date, run, outcomes));
        System.out.println("[bench] results written to " + dir.resolve(date + ".md") + " and .json");
    }

    @SuppressWarnings("unchecked")
    private static String markdown(String date, Map<String, Object> run, List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) run.get("machine");
        Map<String, Object> server = (Map<String, Object>) run.get("server");
        md.append("# SkillPass benchmark — ").append(date).append("\n\n");
        md.append("Command: `").append(run.get("command")).append("` (see README, Benchmarks). Whole run: ")
                .append(run.get("durationSeconds")).append(" s.\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memoryGb"))
                .append(" GB RAM, ").append(machine.get("os")).append(", Java ").append(machine.get("java"))
                .append(", load average ").append(machine.get("loadAverageAtStart")).append(" at the start and ")
                .append(machine.get("loadAverageAtEnd")).append(" at the end. Database: ")
                .append(run.get("database")).append(", on the same machine. Server: Payara Micro ")
                .append(server.get("payara")).append(", JVM `").append(server.get("jvm")).append("`, serving after ")
                .append(server.get("startSeconds")).append(" s. Load generator: Gatling ").append(run.get("gatling"))
                .append(" (Java DSL) in a JVM of its own on the same cores.\n\n");
        for (Object note : (List<Object>) run.get("notes")) {
            md.append("> ").append(note).append("\n\n");
        }

        md.append("## Summary\n\n");
        md.append("| # | scenario | target | measured | baseline (same run) | ratio | verdict |\n|---|---|---|---|---|---|---|\n");
        int i = 1;
        for (Outcome o : outcomes) {
            md.append("| ").append(i++).append(" | ").append(o.title).append(" | ").append(o.target).append(" | ")
                    .append(o.measured).append(" | ").append(o.baselineText).append(" | ").append(o.ratioText).append(" | **")
                    .append(o.verdict.name().replace('_', ' ')).append("**").append(o.margin.isEmpty() ? "" : ": " + o.margin)
                    .append(" |\n");
        }

        List<Object> findings = (List<Object>) run.getOrDefault("findings", List.of());
        if (!findings.isEmpty()) {
            md.append("\n## Found by the suite and fixed in SkillPass\n\n");
            findings.forEach(f -> md.append("- ").append(f).append("\n"));
        }

        md.append("\n## Memory and garbage collection\n\n");
        md.append("GC: ").append(server.get("gc")).append(", heap capped at ").append(server.get("heapMax"))
                .append(". Pauses from the server's GC log (`-Xlog:gc`), heap used sampled every second over JMX, RSS from ")
                .append("`/proc/<pid>/status` (VmRSS; VmHWM is the process's high-water mark so far).\n\n");
        md.append("| scenario | heap used max (MB) | heap committed (MB) | RSS max (MB) | RSS high-water (MB) | GC pauses | pause total (ms) | longest (ms) | full GCs |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            if (o.memory == null) {
                continue;
            }
            md.append("| ").append(o.title).append(" | ").append(o.memory.get("heapUsedMaxMb")).append(" | ")
                    .append(o.memory.get("heapCommittedMb")).append(" | ").append(o.memory.get("rssMaxMb")).append(" | ")
                    .append(o.memory.get("rssHighWaterMarkMb")).append(" | ").append(o.gc.get("pauses")).append(" | ")
                    .append(o.gc.get("totalPauseMs")).append(" | ").append(o.gc.get("maxPauseMs")).append(" | ")
                    .append(o.gc.get("fullPauses")).append(" |\n");
        }
        Map<String, Object> gcAll = (Map<String, Object>) run.get("gcWholeRun");
        if (gcAll != null) {
            md.append("\nWhole run: ").append(gcAll.get("pauses")).append(" pauses (").append(gcAll.get("fullPauses"))
                    .append(" full), ").append(gcAll.get("totalPauseMs")).append(" ms in all, longest ")
                    .append(gcAll.get("maxPauseMs")).append(" ms; kinds ").append(gcAll.get("kinds")).append(". Server RSS high-water mark ")
                    .append(run.get("rssHighWaterMarkMb")).append(" MB.\n");
        }

        md.append("\n## Scenarios\n");
        i = 1;
        for (Outcome o : outcomes) {
            md.append("\n### ").append(i++).append(". ").append(o.title).append("\n\n");
            md.append("Target: ").append(o.target).append(". Verdict: **").append(o.verdict.name().replace('_', ' ')).append("**")
                    .append(o.margin.isEmpty() ? "" : " — " + o.margin).append(".\n\n");
            if (!o.what.isEmpty()) {
                md.append(o.what).append("\n\n");
            }
            if (!o.load.isEmpty()) {
                md.append("Load: ").append(o.load).append("\n\n");
            }
            if (!o.requests.isEmpty()) {
                md.append("| request | count | errors | per second | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n")
                        .append("|---|---|---|---|---|---|---|---|---|\n");
                for (Map<String, Object> r : o.requests) {
                    md.append("| ").append(r.get("request")).append(" | ").append(r.get("count")).append(" | ")
                            .append(r.get("errors")).append(" | ").append(r.get("throughputPerSecond")).append(" | ")
                            .append(r.get("meanMs")).append(" | ").append(r.get("p50Ms")).append(" | ").append(r.get("p95Ms"))
                            .append(" | ").append(r.get("p99Ms")).append(" | ").append(r.get("maxMs")).append(" |\n");
                }
                md.append("\n");
            }
            list(md, "Figures", o.figures);
            list(md, "Baseline", o.baseline);
            list(md, "Ratios (SkillPass ÷ baseline)", o.ratios);
            list(md, "Checks", o.checks);
            if (o.profile != null) {
                md.append("Profile of the server during this scenario (JFR, `settings=profile`):\n\n");
                for (Map.Entry<String, Object> e : o.profile.entrySet()) {
                    if (e.getValue() instanceof List<?> l) {
                        md.append("- ").append(e.getKey()).append(":\n");
                        l.forEach(x -> md.append("  - `").append(x).append("`\n"));
                    } else {
                        md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append("\n");
                    }
                }
                md.append("\n");
            }
            for (String note : o.notes) {
                md.append("- ").append(note).append("\n");
            }
            if (o.report != null) {
                md.append("\nGatling report of this run: `").append(o.report).append("` (not committed).\n");
            }
        }

        md.append("\n## Dataset\n\n");
        ((Map<String, Object>) run.get("dataset")).forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append("\n"));
        md.append("\n## Settings of this run\n\n");
        ((Map<String, Object>) run.get("config")).forEach((k, v) -> md.append("- `").append(k).append("` = ").append(v).append("\n"));
        return md.toString();
    }

    private static void list(StringBuilder md, String title, Map<String, Object> m) {
        if (m.isEmpty()) {
            return;
        }
        md.append(title).append(":\n\n");
        m.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append("\n"));
        md.append("\n");
    }
}
