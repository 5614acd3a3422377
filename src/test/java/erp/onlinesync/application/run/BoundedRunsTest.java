package erp.onlinesync.application.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedRunsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void neverRunsMoreThanTheLimitAndRunsEveryOne() throws Exception {
        BoundedRuns runs = new BoundedRuns(pool, 3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(200);
        for (long id = 1; id <= 200; id++) {
            runs.submit(id, () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(1);
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS), "every run ran");
        assertEquals(3, most.get(), "three at once, never more");
        assertEquals(0, runs.waiting());
    }

    @Test
    void startsRunsInArrivalOrder() throws Exception {
        BoundedRuns runs = new BoundedRuns(pool, 1);
        List<Long> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(20);
        for (long id = 1; id <= 20; id++) {
            long runId = id;
            runs.submit(id, () -> {
                order.add(runId);
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList(), order);
    }

    @Test
    void aRunWaitingOrRunningIsNotQueuedTwice() throws Exception {
        BoundedRuns runs = new BoundedRuns(pool, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Runnable blocking = () -> {
            calls.incrementAndGet();
            await(release);
            finished.countDown();
        };
        assertTrue(runs.submit(7, blocking));
        assertFalse(runs.submit(7, blocking), "running already");
        assertTrue(runs.submit(8, () -> { }));
        assertFalse(runs.submit(8, () -> { }), "waiting already");
        release.countDown();
        assertTrue(finished.await(5, TimeUnit.SECONDS));
        assertEquals(1, calls.get());
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedRuns(pool, 0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
