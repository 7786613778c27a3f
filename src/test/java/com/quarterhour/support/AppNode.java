package com.quarterhour.support;

import static org.awaitility.Awaitility.await;

import com.quarterhour.QuarterhourApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One application node in a JVM of its own, as production runs it: profile postgres, demo data off, the job executor
 * on, on a PostgreSQL database that other nodes share. It runs in a directory of its own, {@code target/nodes/<name>},
 * with its log there: the test classpath may name the current directory, where the project's own processes/ and
 * forms/ folders would be deployed a second time. Started from the test classpath (the application's classes and its
 * dependencies), so no packaged jar is needed.
 */
public final class AppNode implements AutoCloseable {

    /** Meets the password policy the postgres profile checks at start. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Two-Nodes-0ne-Db!";

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node; it is ready once {@link #awaitReady} returns. {@code jvmOptions} e.g. its heap; {@code settings}
     * are further application properties, e.g. the job executor's lock time or the mail server.
     */
    public static AppNode start(String name, String databaseUrl, List<String> jvmOptions, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuarterhourApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.main.banner-mode=off",
                "--operaton.bpm.job-execution.enabled=true"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path directory = Files.createDirectories(Path.of("target", "nodes", name).toAbsolutePath());
            Path log = directory.resolve("node.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "QUARTERHOUR_DB_URL", databaseUrl,
                    "QUARTERHOUR_ADMIN_USER", ADMIN,
                    "QUARTERHOUR_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "QUARTERHOUR_DEMO_DATA", "false"));
            return new AppNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Node " + name + " did not start", e);
        }
    }

    /** Readiness answers UP (the application started and its database answers). */
    public AppNode awaitReady(Duration atMost) {
        HttpClient http = HttpClient.newHttpClient();
        await("node " + name + " ready (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofSeconds(1))
                .failFast("node " + name + " exited (log: " + log + ")", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(url("/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** As {@code kill -9}: no shutdown hook runs, transactions in flight die with their connections, locks stay. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A graceful stop (SIGTERM): the job executor ends its jobs and the node leaves. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
