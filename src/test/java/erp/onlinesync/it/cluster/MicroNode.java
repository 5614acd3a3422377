package erp.onlinesync.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Payara Micro process of the cluster test, started as a person would start a node: {@code java
 * -jar payara-micro.jar --deploy onlinesync.war}, the JVM options of {@code micro.jvm}, clustering on
 * (no {@code --nocluster}), its own HTTP port, runtime folder and data folder under {@code dir}, its
 * log in {@code dir/server.log.0} (what Payara Micro's {@code --logtofile} makes of {@code server.log})
 * and what it prints in {@code dir/console.log}.
 * <p>
 * Settings come as {@code -D} options, but for those in {@code environment}: the token key travels in
 * the environment ({@code SYNC_SECRET_KEY}, the same key for MicroProfile Config), so that it shows
 * in no command line a log may print.
 */
final class MicroNode {

    private static final Duration READY_WITHIN = Duration.ofSeconds(150);
    /** Payara's report of the data grid, printed at start and whenever a member comes or goes. */
    private static final String GRID_STATE = "Payara Data Grid State";
    /** A member line; a member that did not tell its name yet is named by its address. */
    private static final Pattern GRID_MEMBER = Pattern.compile("DataGrid: \\S+ (?:Name: (\\S+) )?Lite: .*? Address: (\\S+)");

    private final String name;
    private final int port;
    private final Path dir;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;

    /**
     * @param settings {@code -D} options, e.g. {@code sync.node-name=node-a}
     * @param microOptions Payara Micro options after {@code --deploy}, e.g. the cluster's discovery
     */
    MicroNode(String name, int port, Path dir, List<String> settings, List<String> microOptions,
            Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.dir = dir;
        this.environment = environment;
        command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("micro.jvm").trim().split("\\s+")));
        settings.forEach(s -> command.add("-D" + s));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("it.war"),
                "--contextroot", "onlinesync", "--port", String.valueOf(port), "--disablephonehome",
                "--name", name, "--rootdir", dir.resolve("root").toString(),
                "--logtofile", dir.resolve("server.log").toString()));
        command.addAll(microOptions);
    }

    String name() {
        return name;
    }

    /** Starts the process; {@link #awaitReady} waits for it. */
    void start() throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * @return true while the process runs
     * @throws AssertionError when it stopped
     */
    boolean requireAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " stopped while starting; see " + dir.resolve("console.log"));
        }
        return true;
    }

    /** @throws AssertionError when the process stops or {@code /health/ready} is not UP in time */
    void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive();
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("database")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + READY_WITHIN.toSeconds() + " s; see " + dir);
    }

    /** SIGKILL on Linux, as {@code kill -9}: no shutdown hook, no last write. Waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A normal stop (SIGTERM), forced after 30 s; nothing when the process is not running. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Deletes the runtime folder (the unpacked server, some 110 MB) of a stopped node; the logs stay. */
    void removeRuntime() throws IOException {
        deleteTree(dir.resolve("root"));
    }

    /** Deletes the folder and all it holds; nothing when it does not exist. */
    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    String log() {
        try {
            Path log = dir.resolve("server.log.0");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the members of the data grid (Hazelcast) this node reported last, by name or address; empty when it reported none */
    List<String> dataGrid() {
        String log = log();
        int last = log.lastIndexOf(GRID_STATE);
        List<String> members = new ArrayList<>();
        if (last >= 0) {
            int end = log.indexOf("]]", last);
            Matcher m = GRID_MEMBER.matcher(log.substring(last, end < 0 ? log.length() : end));
            while (m.find()) {
                members.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return members;
    }
}
