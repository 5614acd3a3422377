package erp.onlinesync.application.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The normal time between two automatic runs of a link: {@code sync.auto-sync.interval-hours} (default 12). */
@ApplicationScoped
public class AutoSyncInterval {

    @Inject
    @ConfigProperty(name = "sync.auto-sync.interval-hours", defaultValue = "12")
    int hours;

    public Duration get() {
        return Duration.ofHours(hours);
    }
}
