package erp.onlinesync.application.run;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a run has gone, for the progress bar of a long fetch: the lines it wrote so far (each page
 * counts once written) and the rate since it was asked for. The proxy does not say how many
 * transactions a fetch will bring, so there is no percentage.
 *
 * @param imported       lines written so far
 * @param linesPerSecond lines per second since the run was asked for, rounded; 0 in its first second
 */
public record RunProgress(int imported, long linesPerSecond) {

    /** @return the run's progress at {@code now}; a run without a start counts no rate */
    public static RunProgress of(RunView run, Instant now) {
        long millis = run.startedAt() == null ? 0 : Duration.between(run.startedAt(), now).toMillis();
        long rate = millis < 1000 ? 0 : Math.round(run.imported() * 1000.0 / millis);
        return new RunProgress(run.imported(), rate);
    }
}
