package erp.onlinesync.application.housekeeping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clean-up's daily timer, on every node; {@link Housekeeping} makes it run on one node a day.
 * <p>
 * Config: {@code sync.housekeeping.hour} (0 to 23, default 3: at night, in the server's time zone),
 * {@code sync.housekeeping.enabled} ({@code false} switches it off on this node).
 * <p>
 * The day a firing claims is named in the zone of the schedule, so it is hours away from midnight
 * whatever the zone: in UTC, a 03:00 firing at UTC+3 would fall on midnight, and two nodes a few
 * milliseconds apart could name two days and both run. A non-persistent timer; a node that starts
 * after the day's hour catches the day up a minute after its start ({@value #CATCH_UP_DELAY_MS} ms), so a
 * server down at night still cleans up that day, and a day's claim keeps it to once across nodes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());
    private static final int LAST_HOUR = 23;
    /** After the start-up, not in it: the clean-up's transactions wait for a deployment that is done. */
    static final long CATCH_UP_DELAY_MS = 60_000;

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

    private final ZoneId zone = ZoneId.systemDefault();

    /** @throws IllegalStateException for an hour outside 0 to 23: the deployment fails rather than never cleaning up */
    @PostConstruct
    void start() {
        if (!enabled) {
            return;
        }
        if (hour < 0 || hour > LAST_HOUR) {
            throw new IllegalStateException("sync.housekeeping.hour must be 0 to " + LAST_HOUR + ", not " + hour);
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0).timezone(zone.getId()),
                new TimerConfig("online-sync-housekeeping", false));
        if (LocalTime.now(clock.withZone(zone)).getHour() >= hour) {
            timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("online-sync-housekeeping-catch-up", false));
        }
    }

    /** Logs a failure of the whole clean-up instead of letting the container call it again at once. */
    @Timeout
    void fire() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        try {
            housekeeping.runFor(day);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The clean-up of " + day + " failed; the next one is tomorrow", e);
        }
    }
}
