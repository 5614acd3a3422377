package erp.onlinesync.infrastructure.metrics;

import erp.onlinesync.domain.run.RunMetrics;
import erp.onlinesync.domain.run.RunOutcome;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The engine's figures in the application registry, which Payara serves as Prometheus text at
 * {@code /metrics?scope=application}. Why MicroProfile Metrics and not Micrometer: Payara provides it,
 * so the WAR carries no registry of its own and the admin's scrape finds the JVM and server figures at
 * the same address.
 * <p>
 * Counters grow per trigger, state and proxy code; durations are MicroProfile timers (count, sum, max
 * and quantiles). Tags carry enum names and contract paths only, never a link's name: whoever scrapes
 * must not learn the company's banks.
 */
@ApplicationScoped
public class MicroProfileRunMetrics implements RunMetrics {

    static final Metadata STARTED = counter("onlinesync_runs_started", "Runs queued, by trigger");
    static final Metadata ENDED = counter("onlinesync_runs_ended", "Runs ended, by trigger and final state");
    static final Metadata FAILURES = counter("onlinesync_run_failures",
            "Runs ended on an error, by proxy error code (internal: the module's own)");
    static final Metadata IMPORTED = counter("onlinesync_lines_imported", "Statement lines imported by runs");
    static final Metadata DUPLICATES = counter("onlinesync_duplicates_skipped",
            "Transactions a run found already imported");
    static final Metadata RUN_DURATION = new MetadataBuilder()
            .withName("onlinesync_run_duration").withDescription("From a run's queueing to its end")
            .withUnit(MetricUnits.SECONDS).build();
    static final Metadata PROXY_CALL = new MetadataBuilder()
            .withName("onlinesync_proxy_call_duration").withDescription("One call to the proxy, by contract path")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    /**
     * Made at start-up: Payara's registry producer knows the application only on the application's
     * own threads, so the first figure of an EJB timer or a health check would otherwise fail.
     */
    void startEarly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.getNames();
    }

    @Override
    public void runQueued(RunTrigger trigger) {
        registry.counter(STARTED, tag("trigger", trigger)).inc();
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        registry.counter(ENDED, tag("trigger", outcome.trigger()), tag("state", outcome.state())).inc();
        if (outcome.errorCode() != null || outcome.state() == RunState.FAILED) {
            String code = outcome.errorCode() == null || outcome.errorCode() < 0 ? "internal" : outcome.errorCode().toString();
            registry.counter(FAILURES, new Tag("code", code)).inc();
        }
        registry.counter(IMPORTED).inc(outcome.imported());
        registry.counter(DUPLICATES).inc(outcome.skippedDuplicates());
        registry.timer(RUN_DURATION, tag("trigger", outcome.trigger())).update(outcome.took());
    }

    @Override
    public void proxyCall(String operation, Duration took, boolean answered) {
        registry.timer(PROXY_CALL, new Tag("operation", operation.substring(operation.lastIndexOf('/') + 1)),
                new Tag("answered", Boolean.toString(answered))).update(took);
    }

    private static Metadata counter(String name, String description) {
        return new MetadataBuilder().withName(name).withDescription(description).build();
    }

    private static Tag tag(String name, Enum<?> value) {
        return new Tag(name, value.name().toLowerCase(Locale.ROOT));
    }
}
