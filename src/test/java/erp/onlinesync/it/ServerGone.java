package erp.onlinesync.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * After each integration-test class, waits until its Payara Micro has really exited before the next
 * class starts one on the same database.
 * <p>
 * Why: the Arquillian container stops the server with {@code Process.destroy()} and returns at once,
 * so the next server could open the H2 file while the old one still closes it in its shutdown hook;
 * two processes writing one MVStore file corrupt it ("File corrupted while reading record … Double
 * mark"), which a CI run met once under load. A server still alive after {@link #GRACE} is killed.
 * Does nothing in a unit-test run (no {@code it.data.dir} property).
 */
public class ServerGone implements TestExecutionListener {

    static final Duration GRACE = Duration.ofSeconds(30);

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String dataDir = System.getProperty("it.data.dir");
        if (dataDir == null || test.getSource().filter(ClassSource.class::isInstance).isEmpty()) {
            return;
        }
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-Dsync.data-dir=" + dataDir + " ")).orElse(false))
                .toList();
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                server.destroyForcibly();
                server.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
