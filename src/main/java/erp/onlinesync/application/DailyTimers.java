package erp.onlinesync.application;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The daily jobs' timers (clean-up, consent reminders), started alike: a non-persistent calendar timer at
 * the configured hour in the server's zone on every node, and, for a node that starts after that hour, a
 * catch-up a minute after its start ({@value #CATCH_UP_DELAY_MS} ms), so a server down at the hour still
 * does that day. The job's once-a-day claim keeps each day to one node.
 * <p>
 * The day a firing claims is named in the zone of the schedule ({@link #today}), so it is hours away from
 * midnight whatever the zone: two nodes a few milliseconds apart never name two days. Why not
 * {@code @Schedule}: its hour is fixed when the code is compiled, where here it comes from MicroProfile Config.
 */
public final class DailyTimers {

    /** After the start-up, not in it: the job's transactions wait for a deployment that is done. */
    public static final long CATCH_UP_DELAY_MS = 60_000;
    private static final int LAST_HOUR = 23;

    private final ZoneId zone;

    public DailyTimers(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Creates the timers of one job on this node; their firings call the bean's {@code @Timeout} method.
     *
     * @param hourKey the setting the hour came from, named when it is wrong
     * @param name the timers' name, with "-catch-up" for the catch-up
     * @throws IllegalStateException for an hour outside 0 to 23: the deployment fails rather than never running the job
     */
    public void start(TimerService timers, Clock clock, String hourKey, int hour, String name) {
        if (hour < 0 || hour > LAST_HOUR) {
            throw new IllegalStateException(hourKey + " must be 0 to " + LAST_HOUR + ", not " + hour);
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0).timezone(zone.getId()),
                new TimerConfig(name, false));
        if (LocalTime.now(clock.withZone(zone)).getHour() >= hour) {
            timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(name + "-catch-up", false));
        }
    }

    /** @return the day a firing is for, named alike by every node */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
