package erp.onlinesync.application.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a run to the server's managed executor, at most {@code sync.scheduler.parallel-runs} (default
 * 4) at once on this node ({@link BoundedRuns}), so the person or timer that asked for it does not
 * wait and a tick of many due links does not take every thread and connection. Nothing is lost if the
 * server stops first: the run stays queued in the database and the scheduler picks it up.
 */
@ApplicationScoped
public class RunDispatcher {

    @Resource
    ManagedExecutorService executor;

    @Inject
    SyncRunner runner;

    @Inject
    @ConfigProperty(name = "sync.scheduler.parallel-runs", defaultValue = "4")
    int parallelRuns;

    private BoundedRuns bounded;

    @PostConstruct
    void start() {
        bounded = new BoundedRuns(executor, parallelRuns);
    }

    public void dispatch(long runId, boolean byTimer) {
        bounded.submit(runId, () -> runner.execute(runId, byTimer));
    }
}
