package erp.onlinesync.infrastructure.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The latest call to the proxy on this node and whether it answered, for the health check's detail. */
@ApplicationScoped
public class ProxyCallWatch {

    /** When the proxy was last called and whether an answer came. */
    public record LastCall(Instant at, boolean answered) {
    }

    private volatile LastCall last;

    void record(boolean answered) {
        last = new LastCall(Instant.now(), answered);
    }

    /** @return the latest call, or null before the first one */
    public LastCall last() {
        return last;
    }
}
