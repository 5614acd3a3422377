package erp.onlinesync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run command as a person uses it: Payara Micro started with the same options the {@code run}
 * profile gives it, nothing configured. It must be ready within a minute, print the generated admin
 * password, and after a stop and a start still know what was written (the H2 file under the data
 * folder).
 */
class RunCommandIT {

    private static final int PORT = 18090;
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Pattern PASSWORD = Pattern.compile("generated password (\\S+) ");

    @TempDir
    Path workDir;

    @Test
    void startsWithinAMinuteAndKeepsItsDataAcrossARestart() throws Exception {
        Path log = workDir.resolve("first.log");
        Process first = start(log);
        String password;
        try {
            awaitReady(first, log);
            Matcher m = PASSWORD.matcher(Files.readString(log));
            assertTrue(m.find(), "the admin password is printed at the first start");
            password = m.group(1);
            HttpResponse<String> created = callOnceStarted(HttpRequest.newBuilder(uri("/onlinesync/api/v1/users"))
                    .header("Authorization", Deployed.basic("admin", password))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"kept-user\",\"password\":\"kept-password-1\",\"roles\":[\"auditor\"]}")).build());
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            stop(first);
        }

        Path secondLog = workDir.resolve("second.log");
        Process second = start(secondLog);
        try {
            awaitReady(second, secondLog);
            assertTrue(!Files.readString(secondLog).contains(password), "the password is printed only once");
            HttpResponse<String> users = callOnceStarted(HttpRequest.newBuilder(uri("/onlinesync/api/v1/users"))
                    .header("Authorization", Deployed.basic("admin", password)).GET().build());
            assertEquals(200, users.statusCode(), () -> "the admin of the first start still signs in: " + users.body() + tail(secondLog));
            assertTrue(users.body().contains("kept-user"), "the user created before the restart is there");
        } finally {
            stop(second);
        }
    }

    private Process start(Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("micro.jvm").trim().split("\\s+")));
        command.add("-jar");
        command.add(System.getProperty("payara.microJar"));
        command.add("--deploy");
        command.add(System.getProperty("it.war"));
        command.addAll(Arrays.asList(System.getProperty("micro.options").trim().split("\\s+")));
        // A fresh runtime folder at each start, as README's command has: one reused would deploy the old copy too.
        command.addAll(List.of("--port", String.valueOf(PORT), "--rootdir", Files.createTempDirectory(workDir, "root").toString()));
        // No sync.data-dir: the module's default ./data, relative to the working folder, as with README's command.
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    }

    private static void awaitReady(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro stopped: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = call(HttpRequest.newBuilder(uri("/health/ready")).GET().build());
                if (ready.statusCode() == 200 && ready.body().contains("database")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_WITHIN.toSeconds() + " s");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return "\n--- server log ---\n" + text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "";
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + PORT + path);
    }

    /**
     * Payara may still be starting the JAX-RS servlet for a moment after readiness: a 5xx in the first
     * seconds is retried, anything else is the answer.
     */
    private static HttpResponse<String> callOnceStarted(HttpRequest request) throws Exception {
        HttpResponse<String> response = call(request);
        for (int i = 0; i < 20 && response.statusCode() >= 500; i++) {
            Thread.sleep(500);
            response = call(request);
        }
        return response;
    }

    private static HttpResponse<String> call(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
