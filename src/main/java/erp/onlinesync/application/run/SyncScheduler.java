package erp.onlinesync.application.run;

import erp.onlinesync.domain.run.RunTrigger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's one schedule, on every node: each tick asks for a run of every due link and picks up
 * runs that wait for their time, lost their start or lost their node. Nodes need not agree on
 * anything: claims in the database decide which node runs what. A failing link is logged and the
 * tick goes on with the next one.
 * <p>
 * Config: {@code sync.scheduler.period-seconds} (default 60, 0 switches the scheduler off, for a node
 * that only serves pages), {@code sync.scheduler.batch-size} (default 100),
 * {@code sync.scheduler.lost-start-seconds} (default {@value #DEFAULT_LOST_START_SECONDS}): a queued run
 * not started after this long lost its start (its node stopped before starting it) and any node takes
 * it. Shorter than the time runs wait for a free place on a busy node, it lets an idle node take them
 * early: harmless, as the claim decides who runs it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());
    static final long DEFAULT_LOST_START_SECONDS = 120;

    @Resource
    TimerService timers;

    @Inject
    RunStore store;

    @Inject
    SyncRunService runs;

    @Inject
    RunDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "sync.scheduler.period-seconds", defaultValue = "60")
    int periodSeconds;

    @Inject
    @ConfigProperty(name = "sync.scheduler.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "sync.scheduler.lost-start-seconds", defaultValue = "" + DEFAULT_LOST_START_SECONDS)
    long lostStartSeconds;

    /** When the last tick ended (or the schedule started): the liveness check's evidence that the timer still fires. */
    private volatile Instant lastTick = Instant.now();

    @PostConstruct
    void start() {
        if (periodSeconds > 0) {
            long period = periodSeconds * 1000L;
            timers.createIntervalTimer(period, period, new TimerConfig("online-sync-scheduler", false));
        }
    }

    @Timeout
    void tick() {
        for (Long linkId : store.dueLinks(batchSize)) {
            try {
                runs.request(linkId, RunTrigger.TIMER, null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the automatic run of link " + linkId, e);
            }
        }
        for (Long runId : store.resumableRuns(Duration.ofSeconds(lostStartSeconds), batchSize)) {
            dispatcher.dispatch(runId, true);
        }
        lastTick = Instant.now();
    }

    /** @return how long ago the last tick ended, or empty when the schedule is switched off on this node */
    public Optional<Duration> sinceLastTick() {
        return periodSeconds > 0 ? Optional.of(Duration.between(lastTick, Instant.now())) : Optional.empty();
    }

    /** @return the time between two ticks, for judging whether one is late */
    public Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }
}
