package erp.onlinesync.application.reminder;

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
 * The consent reminders' daily timer, on every node; {@link ConsentReminderJob} makes it run on one node a
 * day and sends each reminder once.
 * <p>
 * Config: {@code sync.reminders.hour} (0 to 23, default 7: before the working day, in the server's time
 * zone), {@code sync.reminders.enabled} ({@code false} switches it off on this node). How the timers start,
 * with a catch-up for a node started after the hour: {@link DailyTimers}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsentReminderTimer {

    private static final Logger LOG = Logger.getLogger(ConsentReminderTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ConsentReminderJob job;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sync.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "sync.reminders.hour", defaultValue = "7")
    int hour;

    private final DailyTimers daily = new DailyTimers(ZoneId.systemDefault());

    @PostConstruct
    void start() {
        if (enabled) {
            daily.start(timers, clock, "sync.reminders.hour", hour, "online-sync-consent-reminders");
        }
    }

    /** Logs a failure of the whole run instead of letting the container call it again at once. */
    @Timeout
    void fire() {
        LocalDate day = daily.today(clock);
        try {
            job.runFor(day);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The consent reminders of " + day + " failed; the next run is tomorrow", e);
        }
    }
}
