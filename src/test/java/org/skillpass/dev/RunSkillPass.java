package org.skillpass.dev;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The README's run command ({@code mvn -Prun package}): finds or starts MariaDB, then runs the built
 * WAR on Payara Micro in the foreground until Ctrl-C. Demo data (when {@code skillpass.demo=true})
 * comes from {@code src/test/resources/db/demo}, which is never packaged in the WAR.
 */
public final class RunSkillPass {

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target"));
        Path baseDir = Path.of(System.getProperty("skillpass.base.dir", ".")).toAbsolutePath();
        int port = Integer.parseInt(System.getProperty("skillpass.http.port", "8080"));
        boolean demo = Boolean.parseBoolean(System.getProperty("skillpass.demo", "true"));

        Databases.Target db = Databases.forRun(buildDir);
        System.out.println("[skillpass] database: " + db.description());

        Properties props = db.asSkillPassProperties();
        if (demo) {
            props.setProperty("skillpass.db.extra-locations",
                    "filesystem:" + baseDir.resolve("src/test/resources/db/demo"));
        }
        Path propsFile = buildDir.resolve("run-skillpass.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by RunSkillPass");
        }

        Process payara = PayaraMicro.start(buildDir, propsFile, port, List.of("-Xmx1g", "-XX:+UseParallelGC"), true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
                if (db.embedded() != null) {
                    db.embedded().stop();
                }
            } catch (Exception e) {
                // shutting down anyway
            }
        }));

        String base = "http://localhost:" + port;
        if (PayaraMicro.waitUntilServing(base + "/login.xhtml", payara)) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%n[skillpass] SkillPass is running at %s/ (first page served after %.1f s). Ctrl-C stops it.%n",
                    base, seconds);
            if (demo) {
                System.out.println("""
                        [skillpass] demo logins (password for all: Demo2026):
                          worker (学员)              13800000001
                          institution staff (机构)   demo.institution
                          assessor (考评员)          demo.assessor
                          employer (用人单位)        demo.employer
                          HR officer (人社局, 吉林市) demo.hr
                          admin (平台管理员)          demo.admin""");
            }
        } else {
            System.err.println("[skillpass] Payara Micro did not serve the login page; see the log above.");
        }
        int exit = payara.waitFor();
        System.exit(exit);
    }
}
