package org.skillpass.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a scenario's JFR recording of the server: where the CPU samples were (top frames), which
 * SkillPass methods were on the stack (first org.skillpass frame), where threads waited for locks and
 * how long. The same as {@code jfr print --events jdk.ExecutionSample}, summed.
 */
final class Profiles {

    private Profiles() {
    }

    static Map<String, Object> summary(Path jfr, int top) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (jfr == null || !Files.exists(jfr)) {
            out.put("recording", "none");
            return out;
        }
        Map<String, Long> topFrames = new LinkedHashMap<>();
        Map<String, Long> skillpass = new LinkedHashMap<>();
        Map<String, Double> monitors = new LinkedHashMap<>();
        Map<String, Double> parks = new LinkedHashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    topFrames.merge(name(st.getFrames().get(0)), 1L, Long::sum);
                    for (RecordedFrame f : st.getFrames()) {
                        if (f.getMethod() != null && f.getMethod().getType().getName().startsWith("org.skillpass.")) {
                            skillpass.merge(name(f), 1L, Long::sum);
                            break;
                        }
                    }
                } else if (type.equals("jdk.JavaMonitorEnter")) {
                    String monitor = e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName();
                    monitors.merge(monitor + " @ " + firstApp(e.getStackTrace()), e.getDuration().toNanos() / 1e6, Double::sum);
                } else if (type.equals("jdk.ThreadPark")) {
                    parks.merge(firstApp(e.getStackTrace()), e.getDuration().toNanos() / 1e6, Double::sum);
                }
            }
        } catch (Exception e) {
            out.put("error", e.toString());
            return out;
        }
        out.put("recording", jfr.toString());
        out.put("executionSamples", samples);
        out.put("hotMethods", topShare(topFrames, samples, top));
        out.put("skillpassMethods", topShare(skillpass, samples, top));
        out.put("lockWaitMs", topMs(monitors, 5));
        out.put("parkedMs", topMs(parks, 5));
        return out;
    }

    private static List<String> topShare(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%.1f%% %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey()))
                .collect(Collectors.toList());
    }

    private static List<String> topMs(Map<String, Double> ms, int top) {
        return ms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%.0f ms %s", e.getValue(), e.getKey()))
                .collect(Collectors.toList());
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /** The first frame outside the JDK's and the servers' own threading code: what was waiting. */
    private static String firstApp(RecordedStackTrace st) {
        if (st == null) {
            return "?";
        }
        for (RecordedFrame f : st.getFrames()) {
            if (f.getMethod() == null) {
                continue;
            }
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(f);
            }
        }
        return name(st.getFrames().get(0));
    }
}
