package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.run.SyncRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs in a list; one object per run, as one row: two runners holding the same run see each other's
 * changes at once, as they would through the database. Due links follow the SQL of the JPA adapter.
 */
public final class InMemorySyncRuns implements SyncRuns {

    private final List<SyncRun> runs = new ArrayList<>();
    private final InMemoryOnlineLinks links;

    public InMemorySyncRuns(InMemoryOnlineLinks links) {
        this.links = links;
    }

    @Override
    public Optional<SyncRun> activeOf(long linkId) {
        return runs.stream().filter(r -> r.getLink().getId() == linkId && r.getState().isActive()).findFirst();
    }

    @Override
    public void add(SyncRun run) {
        if (activeOf(run.getLink().getId()).isPresent()) {
            throw new IllegalStateException("unique index uq_sync_run_active");
        }
        runs.add(Ids.withId(run, runs.size() + 1L));
    }

    @Override
    public Optional<SyncRun> find(long runId) {
        return runs.stream().filter(r -> r.getId() == runId).findFirst();
    }

    @Override
    public boolean existFor(long linkId) {
        return runs.stream().anyMatch(r -> r.getLink().getId() == linkId);
    }

    @Override
    public Optional<SyncRun> lock(long runId) {
        return find(runId);
    }

    @Override
    public List<Long> dueLinks(Instant now, int limit) {
        return links.all().stream().filter(l -> l.isAutoSync() && l.getState() != LinkState.DISCONNECTED
                && l.getNextRefresh() != null && !l.getNextRefresh().isAfter(now)
                && (l.getQuotaWaitUntil() == null || !l.getQuotaWaitUntil().isAfter(now))
                && activeOf(l.getId()).isEmpty())
                .sorted(Comparator.comparing(OnlineLink::getNextRefresh).thenComparing(OnlineLink::getId))
                .limit(limit).map(OnlineLink::getId).toList();
    }

    @Override
    public List<Long> resumable(Instant now, Instant lostBefore, int limit) {
        return runs.stream().filter(r -> (r.getState() == RunState.WAITING && !r.getResumeAt().isAfter(now))
                || (r.getState() == RunState.QUEUED && r.getStartedAt().isBefore(lostBefore))
                || (r.getState() == RunState.RUNNING && r.getLeaseUntil().isBefore(now)))
                .limit(limit).map(SyncRun::getId).toList();
    }

    public List<SyncRun> all() {
        return List.copyOf(runs);
    }
}
