package erp.onlinesync.infrastructure.health;

import erp.onlinesync.application.run.SyncScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down when the schedule stopped firing: a node whose timer died imports nothing while every page
 * still works, which no person would notice for days. Late means {@value #LATE_PERIODS} periods and at
 * least {@link #LATE_AT_LEAST} without a tick, so a long garbage collection or a busy tick is not a death.
 */
@Liveness
@ApplicationScoped
public class SchedulerLiveness implements HealthCheck {

    static final int LATE_PERIODS = 3;
    static final Duration LATE_AT_LEAST = Duration.ofMinutes(2);

    @Inject
    SyncScheduler scheduler;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("scheduler");
        var since = scheduler.sinceLastTick();
        if (since.isEmpty()) {
            return response.up().withData("schedule", "off on this node").build();
        }
        Duration late = scheduler.period().multipliedBy(LATE_PERIODS);
        boolean alive = since.get().compareTo(late.compareTo(LATE_AT_LEAST) > 0 ? late : LATE_AT_LEAST) <= 0;
        return response.status(alive).withData("seconds_since_last_tick", since.get().toSeconds()).build();
    }
}
