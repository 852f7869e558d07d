package org.skillpass.bench;

import com.sun.tools.attach.VirtualMachine;
import org.skillpass.dev.PayaraMicro;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SkillPass on Payara Micro in a process of its own, heap capped, GC logged to a file ({@code -Xlog:gc}),
 * watched while a scenario runs: heap used (platform MXBean over a local JMX connection), resident memory
 * ({@code /proc/<pid>/status} VmRSS, VmHWM), GC pauses (from the GC log, by JVM uptime) and, when asked, a
 * JFR recording per scenario ({@code JFR.start}/{@code JFR.stop} through the DiagnosticCommand MBean).
 */
final class BenchServer implements AutoCloseable {

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[(\\d+[.,]\\d+)s\\].*GC\\(\\d+\\) (Pause [A-Za-z]+(?: [A-Za-z]+)?)(?: \\([^)]*\\))*.* (\\d+[.,]\\d+)ms\\s*$");

    final Process process;
    final String base;
    final Path gcLog;
    final Path log;
    final List<String> jvm;
    final double startSeconds;
    private final Path jfrDir;
    private final boolean jfr;
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final MemoryMXBean memory;
    private final RuntimeMXBean runtime;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-sampler");
        t.setDaemon(true);
        return t;
    });
    private volatile Window current;

    private BenchServer(Process process, String base, Path gcLog, Path log, List<String> jvm, double startSeconds,
                        Path jfrDir, boolean jfr) throws Exception {
        this.process = process;
        this.base = base;
        this.gcLog = gcLog;
        this.log = log;
        this.jvm = jvm;
        this.startSeconds = startSeconds;
        this.jfrDir = jfrDir;
        this.jfr = jfr;
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        mbeans = connector.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(mbeans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        runtime = ManagementFactory.newPlatformMXBeanProxy(mbeans, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    static BenchServer start(BenchConfig config, Path propsFile) throws Exception {
        Files.createDirectories(config.workDir);
        Path gcLog = config.workDir.resolve("server-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + config.heap, "-XX:+Use" + config.gc,
                "-Xlog:gc:file=" + gcLog + ":uptime,level,tags", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+DebugNonSafepoints"));
        long started = System.nanoTime();
        Process p = PayaraMicro.start(config.buildDir, propsFile, config.port, jvm, false);
        Path log = config.buildDir.resolve("payara-micro-" + config.port + ".log");
        String base = "http://localhost:" + config.port;
        if (!PayaraMicro.waitUntilServing(base + "/health/ready", p)) {
            p.destroy();
            throw new IllegalStateException("Payara Micro did not start; see " + log);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Path jfrDir = config.workDir.resolve("jfr");
        Files.createDirectories(jfrDir);
        return new BenchServer(p, base, gcLog, log, jvm, seconds, jfrDir, config.jfr);
    }

    long pid() {
        return process.pid();
    }

    /** What was seen while one scenario ran. */
    static final class Window {
        final String name;
        final long startUptimeMs;
        long endUptimeMs;
        volatile long heapUsedMax;
        volatile long rssMax;
        long heapCommitted;
        long hwm;
        long heapUsedEnd;
        Path jfrFile;
        Map<String, Object> gc = new LinkedHashMap<>();

        Window(String name, long startUptimeMs) {
            this.name = name;
            this.startUptimeMs = startUptimeMs;
        }

        Map<String, Object> memory() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heapUsedMaxMb", mb(heapUsedMax));
            m.put("heapUsedEndMb", mb(heapUsedEnd));
            m.put("heapCommittedMb", mb(heapCommitted));
            m.put("rssMaxMb", mb(rssMax));
            m.put("rssHighWaterMarkMb", mb(hwm));
            return m;
        }

        private static double mb(long bytes) {
            return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
        }
    }

    Window begin(String name) throws Exception {
        Window w = new Window(name, runtime.getUptime());
        if (jfr) {
            w.jfrFile = jfrDir.resolve(name + ".jfr");
            Files.deleteIfExists(w.jfrFile);
            dcmd("jfrStart", "name=" + name, "settings=profile", "filename=" + w.jfrFile);
        }
        current = w;
        sample();
        return w;
    }

    Window end(Window w) throws Exception {
        sample();
        current = null;
        w.endUptimeMs = runtime.getUptime();
        w.heapUsedEnd = memory.getHeapMemoryUsage().getUsed();
        w.heapCommitted = memory.getHeapMemoryUsage().getCommitted();
        w.hwm = procStatus("VmHWM");
        if (jfr) {
            dcmd("jfrStop", "name=" + w.name);
        }
        w.gc = pauses(w.startUptimeMs, w.endUptimeMs);
        return w;
    }

    private void sample() {
        try {
            Window w = current;
            if (w == null) {
                return;
            }
            long used = memory.getHeapMemoryUsage().getUsed();
            long rss = procStatus("VmRSS");
            if (used > w.heapUsedMax) {
                w.heapUsedMax = used;
            }
            if (rss > w.rssMax) {
                w.rssMax = rss;
            }
        } catch (Exception e) {
            // the server may be stopping; a missed sample is no error
        }
    }

    /** A value of /proc/<pid>/status in bytes (0 when not on Linux). */
    long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux or the process is gone
        }
        return 0;
    }

    /** GC pauses logged between two uptimes: count, total and longest, and the kinds seen. */
    Map<String, Object> pauses(long fromMs, long toMs) throws IOException {
        int count = 0;
        int full = 0;
        double total = 0;
        double max = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = PAUSE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                double at = Double.parseDouble(m.group(1).replace(',', '.')) * 1000;
                if (at < fromMs || at > toMs) {
                    continue;
                }
                double ms = Double.parseDouble(m.group(3).replace(',', '.'));
                count++;
                total += ms;
                max = Math.max(max, ms);
                kinds.merge(m.group(2), 1, Integer::sum);
                if (m.group(2).contains("Full")) {
                    full++;
                }
            }
        }
        Map<String, Object> gc = new LinkedHashMap<>();
        gc.put("pauses", count);
        gc.put("fullPauses", full);
        gc.put("totalPauseMs", Math.round(total * 10) / 10.0);
        gc.put("maxPauseMs", Math.round(max * 10) / 10.0);
        gc.put("kinds", kinds);
        return gc;
    }

    long uptimeMs() {
        return runtime.getUptime();
    }

    private void dcmd(String operation, String... args) {
        try {
            mbeans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[]{args},
                    new String[]{String[].class.getName()});
        } catch (Exception e) {
            System.out.println("[bench] " + operation + " failed: " + e);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            connector.close();
        } catch (IOException e) {
            // closing anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
