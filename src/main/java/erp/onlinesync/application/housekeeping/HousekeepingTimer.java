package erp.onlinesync.application.housekeeping;

import erp.onlinesync.application.DailyTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clean-up's daily timer, on every node; {@link Housekeeping} makes it run on one node a day.
 * <p>
 * Config: {@code sync.housekeeping.hour} (0 to 23, default 3: at night, in the server's time zone),
 * {@code sync.housekeeping.enabled} ({@code false} switches it off on this node). How the timers start
 * and name their day, with a catch-up for a node started after the hour: {@link DailyTimers}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Housekeeping housekeeping;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sync.housekeeping.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "sync.housekeeping.hour", defaultValue = "3")
    int hour;

    private final DailyTimers daily = new DailyTimers(ZoneId.systemDefault());

    @PostConstruct
    void start() {
        if (enabled) {
            daily.start(timers, clock, "sync.housekeeping.hour", hour, "online-sync-housekeeping");
        }
    }

    /** Logs a failure of the whole clean-up instead of letting the container call it again at once. */
    @Timeout
    void fire() {
        LocalDate day = daily.today(clock);
        try {
            housekeeping.runFor(day);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The clean-up of " + day + " failed; the next one is tomorrow", e);
        }
    }
}
