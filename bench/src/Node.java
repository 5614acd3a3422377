package bench;

import java.io.IOException;
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

/** One Payara Micro process with one WAR, its output in its own folder. */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final long startedNanos;
    private final Path dir;

    private Node(Process process, long startedNanos, Path dir) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.dir = dir;
    }

    /**
     * @param jvm        JVM options before {@code -jar}
     * @param properties system properties of the server
     */
    static Node start(Path microJar, Path war, String contextRoot, int port, Path dir, List<String> jvm,
            Map<String, String> properties) throws IOException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Dhazelcast.phone.home.enabled=false", "-jar", microJar.toString(), "--deploy", war.toString(),
                "--contextroot", contextRoot, "--nocluster", "--disablephonehome", "--port", String.valueOf(port),
                "--rootdir", dir.resolve("root").toString()));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.out").toFile()).start();
        return new Node(process, started, dir);
    }

    /** @return the time from the process start to the first 200 of {@code probe} */
    Duration awaitReady(URI probe, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped, see " + dir.resolve("server.out"));
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready within " + timeout + ", see " + dir.resolve("server.out"));
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
