package erp.onlinesync.application.link;

import erp.onlinesync.domain.link.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links' {@link RetrySchedule} from configuration: {@code sync.auto-sync.interval-hours} (default
 * 12), the normal time between two automatic runs, and {@code sync.retry.backoff} (default
 * {@code PT15M,PT1H,PT4H}), the waits after the first, second, ... consecutive failed run, as
 * ISO-8601 durations.
 */
@ApplicationScoped
public class SyncSchedule {

    private final RetrySchedule schedule;

    @Inject
    public SyncSchedule(@ConfigProperty(name = "sync.auto-sync.interval-hours", defaultValue = "12") int hours,
            @ConfigProperty(name = "sync.retry.backoff") Optional<String> backoff) {
        this.schedule = new RetrySchedule(Duration.ofHours(hours), backoff.map(SyncSchedule::durations)
                .orElse(RetrySchedule.DEFAULT_BACKOFF));
    }

    /** For CDI's proxy. */
    protected SyncSchedule() {
        this.schedule = null;
    }

    public RetrySchedule get() {
        return schedule;
    }

    /** @throws java.time.format.DateTimeParseException at start-up for a malformed setting */
    static List<Duration> durations(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Duration::parse).toList();
    }
}
