package org.skillpass.dev;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the built WAR on Payara Micro in a process of its own (run command, benchmarks). */
public final class PayaraMicro {

    private PayaraMicro() {
    }

    /**
     * Starts Micro with the WAR at context root "/", the given system-properties file, port and JVM
     * options, in a fresh root directory (a kept one would first redeploy the previous build's WAR).
     */
    public static Process start(Path buildDir, Path propertiesFile, int port, List<String> jvmOptions, boolean inheritIo)
            throws IOException {
        Path root = buildDir.resolve("payara-micro-root-" + port);
        Databases.deleteTree(root);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "-jar", buildDir.resolve("payara-micro.jar").toString(),
                "--deploy", buildDir.resolve("skillpass.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--systemproperties", propertiesFile.toString(),
                "--rootdir", root.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (inheritIo) {
            pb.inheritIO();
        } else {
            pb.redirectErrorStream(true).redirectOutput(buildDir.resolve("payara-micro-" + port + ".log").toFile());
        }
        return pb.start();
    }

    /** Waits (up to 5 minutes) until the URL answers 200; false when the process died or time ran out. */
    public static boolean waitUntilServing(String url, Process payara) throws InterruptedException {
        for (int i = 0; i < 600 && payara.isAlive(); i++) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        return false;
    }
}
