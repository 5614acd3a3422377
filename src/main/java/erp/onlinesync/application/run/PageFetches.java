package erp.onlinesync.application.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the proxy for a run's next page while the runner writes the current one, so the import waits
 * for the slower of the two instead of their sum. Its own pool of {@code sync.scheduler.parallel-runs}
 * threads, not the server's executor that carries the runs: a run waits for its next page, and a page
 * queued behind the very runs that wait for it would never come. Each run has at most one page in
 * flight and at most that many runs go at once ({@link RunDispatcher}), so no page waits for a thread.
 */
@ApplicationScoped
public class PageFetches {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "sync.scheduler.parallel-runs", defaultValue = "4")
    int parallelRuns;

    private Executor pool;

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(parallelRuns, threads);
    }

    @PreDestroy
    void stop() {
        ((ExecutorService) pool).shutdownNow();
    }

    /** Starts the call at once on another thread. */
    <T> CompletableFuture<T> ask(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, pool);
    }
}
