package org.skillpass.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.skillpass.dev.Databases;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Before the integration tests (failsafe sets {@code skillpass.it=true}), finds or starts the test
 * MariaDB and writes {@code target/test-db.properties}, which Payara Micro loads as system properties
 * (arquillian.xml) and which this JVM also sees, for client-side fixtures.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private Databases.Target target;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("skillpass.it")) {
            return;
        }
        try {
            Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target"));
            target = Databases.forTests(buildDir);
            System.out.println("[skillpass] test database: " + target.description());
            Properties props = target.asSkillPassProperties();
            // issued PDFs and the generated signing key of test runs stay under target/
            props.setProperty("skillpass.certificate.store", buildDir.resolve("it-certificates").toAbsolutePath().toString());
            props.setProperty("skillpass.certificate.dev-keystore",
                    buildDir.resolve("it-keys/dev-signing.p12").toAbsolutePath().toString());
            try (OutputStream out = Files.newOutputStream(buildDir.resolve("test-db.properties"))) {
                props.store(out, "written by TestDatabaseSession");
            }
            props.forEach((k, v) -> System.setProperty((String) k, (String) v));
        } catch (Exception e) {
            throw new IllegalStateException("no MariaDB for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (target != null && target.embedded() != null) {
            try {
                target.embedded().stop();
            } catch (Exception e) {
                System.err.println("[skillpass] embedded MariaDB did not stop cleanly: " + e);
            }
        }
    }
}
