package erp.onlinesync.domain.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The synchronization runs, as the engine asks for them. Every method joins the caller's transaction.
 */
public interface SyncRuns {

    /** @return the link's queued, running or waiting run, if any */
    Optional<SyncRun> activeOf(long linkId);

    /**
     * Adds a queued run and writes it at once.
     *
     * @throws RuntimeException from the unique index when another run of the link became active meanwhile
     */
    void add(SyncRun run);

    Optional<SyncRun> find(long runId);

    /** @return whether any run of the link was ever recorded, in whichever state */
    boolean existFor(long linkId);

    /** @return the run, its row locked until the transaction ends, so that a claim or an end is decided by one node */
    Optional<SyncRun> lock(long runId);

    /**
     * Links due for an automatic run: auto-sync on, not disconnected, the next refresh (with the backoff
     * of failing links in it) reached, no quota wait, no active run; the longest due first.
     */
    List<Long> dueLinks(Instant now, int limit);

    /**
     * Runs to pick up: waiting ones whose time came, queued ones created before {@code lostBefore} and
     * never started (their node stopped), running ones whose lease ran out.
     */
    List<Long> resumable(Instant now, Instant lostBefore, int limit);
}
