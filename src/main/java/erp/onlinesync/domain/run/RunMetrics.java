package erp.onlinesync.domain.run;

import java.time.Duration;

/**
 * What the engine tells the admin's monitoring: runs queued and ended, what they imported, how long the
 * proxy took. Figures only, never a link's name or a token: a metric is read by whoever scrapes it.
 */
public interface RunMetrics {

    void runQueued(RunTrigger trigger);

    void runEnded(RunOutcome outcome);

    /**
     * @param operation the proxy contract's path, such as {@code /proxy/v1/transactions}
     * @param answered false when no answer came (a timeout, a refused connection)
     */
    void proxyCall(String operation, Duration took, boolean answered);
}
