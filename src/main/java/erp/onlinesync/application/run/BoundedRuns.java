package erp.onlinesync.application.run;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs at most {@code limit} runs at once on a shared executor, the others waiting in arrival order
 * (one entry per run, so every due link gets its turn and none jumps the queue). No thread waits for
 * a permit: a finishing run starts the next one. A run already waiting or running is not queued twice,
 * as the scheduler asks again for runs that have not started yet.
 */
final class BoundedRuns {

    private record Entry(long runId, Runnable work) {
    }

    private final Executor executor;
    private final int limit;
    private final Queue<Entry> waiting = new ConcurrentLinkedQueue<>();
    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();

    /** @throws IllegalArgumentException when the limit is below one */
    BoundedRuns(Executor executor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("sync.scheduler.parallel-runs must be at least 1, not " + limit);
        }
        this.executor = executor;
        this.limit = limit;
    }

    /** @return false when the run was already waiting or running (nothing queued) */
    boolean submit(long runId, Runnable work) {
        if (!known.add(runId)) {
            return false;
        }
        waiting.add(new Entry(runId, work));
        startWhileFree();
        return true;
    }

    /** Runs waiting for a free place (for the logs and the benchmark). */
    int waiting() {
        return waiting.size();
    }

    private void startWhileFree() {
        while (!waiting.isEmpty()) {
            int now = active.get();
            if (now >= limit) {
                return;
            }
            if (!active.compareAndSet(now, now + 1)) {
                continue;
            }
            Entry next = waiting.poll();
            if (next == null) {
                active.decrementAndGet(); // another thread took the last one
                continue;
            }
            start(next);
        }
    }

    private void start(Entry entry) {
        try {
            executor.execute(() -> {
                try {
                    entry.work().run();
                } finally {
                    finished(entry);
                }
            });
        } catch (RejectedExecutionException e) {
            finished(entry); // the server is stopping: the run stays queued in the database
            throw e;
        }
    }

    private void finished(Entry entry) {
        known.remove(entry.runId());
        active.decrementAndGet();
        startWhileFree();
    }
}
