package erp.onlinesync.infrastructure.persistence.run;

import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.run.SyncRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@link SyncRuns} with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaSyncRuns implements SyncRuns {

    private static final List<RunState> ACTIVE = List.of(RunState.QUEUED, RunState.RUNNING, RunState.WAITING);

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SyncRun> activeOf(long linkId) {
        return em.createQuery("select r from SyncRun r where r.link.id = :link and r.state in :active", SyncRun.class)
                .setParameter("link", linkId).setParameter("active", ACTIVE).getResultStream().findFirst();
    }

    @Override
    public void add(SyncRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public Optional<SyncRun> find(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId));
    }

    @Override
    public boolean existFor(long linkId) {
        return !em.createQuery("select r.id from SyncRun r where r.link.id = :link", Long.class)
                .setParameter("link", linkId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<SyncRun> lock(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> dueLinks(Instant now, int limit) {
        // Native SQL: EclipseLink binds a boolean as 1 on H2, which H2 will not compare with a boolean column.
        List<?> ids = em.createNativeQuery("select l.id from online_link l where l.auto_sync and l.state <> 'DISCONNECTED'"
                + " and l.next_refresh <= ?1 and (l.quota_wait_until is null or l.quota_wait_until <= ?1)"
                + " and not exists (select 1 from sync_run r where r.active_link_id = l.id)"
                + " order by l.next_refresh, l.id").setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public List<Long> resumable(Instant now, Instant lostBefore, int limit) {
        return em.createQuery("select r.id from SyncRun r where (r.state = :waiting and r.resumeAt <= :now)"
                + " or (r.state = :queued and r.startedAt < :lost) or (r.state = :running and r.leaseUntil < :now)"
                + " order by r.id", Long.class)
                .setParameter("waiting", RunState.WAITING).setParameter("queued", RunState.QUEUED)
                .setParameter("running", RunState.RUNNING).setParameter("now", now)
                .setParameter("lost", lostBefore).setMaxResults(limit).getResultList();
    }
}
