package erp.onlinesync.application.run;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.importing.ImportTarget;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.FetchingStatus;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.domain.run.RunCursor;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runs' state in the database, each change in its own short transaction with the chatter message
 * that tells of it. The database coordinates: a run is claimed by a conditional update, so of several
 * nodes exactly one gets it, and a dead node's lease runs out for another to resume the run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sync.auto-sync.interval-hours", defaultValue = "12")
    int intervalHours;

    /** @return the link's queued, running or waiting run, if any */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SyncRun> activeRun(long linkId) {
        return em.createQuery("select r from SyncRun r where r.link.id = :link and r.state in :active", SyncRun.class)
                .setParameter("link", linkId)
                .setParameter("active", List.of(RunState.QUEUED, RunState.RUNNING, RunState.WAITING))
                .getResultStream().findFirst();
    }

    /**
     * Queues a new run. Fails on the unique index when another run of the link became active meanwhile;
     * the caller then takes that one.
     *
     * @throws BadRequestException {@code not-found} for an unknown link, {@code link-disconnected} for a disconnected one
     */
    public SyncRun create(long linkId, RunTrigger trigger, String requestedBy) {
        OnlineLink link = em.find(OnlineLink.class, linkId);
        if (link == null) {
            throw new BadRequestException("not-found", "No online link with id " + linkId);
        }
        if (link.getState() == LinkState.DISCONNECTED) {
            throw new BadRequestException("link-disconnected",
                    "The link " + link.getName() + " is disconnected: reconnect it before fetching");
        }
        SyncRun run = new SyncRun(link, trigger, requestedBy, Instant.now(clock));
        em.persist(run);
        em.flush();
        return run;
    }

    /**
     * Links due for an automatic run: auto-sync on, not disconnected, the next refresh reached, no
     * quota wait; oldest first, at most {@code limit}, so 10,000 links are taken in small batches.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> dueLinks(int limit) {
        // Native SQL: EclipseLink binds a boolean as 1 on H2, which H2 will not compare with a boolean column.
        Instant now = Instant.now(clock);
        List<?> ids = em.createNativeQuery("select l.id from online_link l where l.auto_sync and l.state <> 'DISCONNECTED'"
                + " and l.next_refresh <= ?1 and (l.quota_wait_until is null or l.quota_wait_until <= ?1)"
                + " and not exists (select 1 from sync_run r where r.active_link_id = l.id)"
                + " order by l.next_refresh").setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Runs to pick up: waiting ones whose time has come, queued ones whose start was lost (the node
     * stopped before it began), running ones whose node's lease ran out.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> resumableRuns(Duration lostAfter, int limit) {
        Instant now = Instant.now(clock);
        return em.createQuery("select r.id from SyncRun r where (r.state = :waiting and r.resumeAt <= :now)"
                + " or (r.state = :queued and r.startedAt < :lost) or (r.state = :running and r.leaseUntil < :now)"
                + " order by r.id", Long.class)
                .setParameter("waiting", RunState.WAITING).setParameter("queued", RunState.QUEUED)
                .setParameter("running", RunState.RUNNING).setParameter("now", now)
                .setParameter("lost", now.minus(lostAfter)).setMaxResults(limit).getResultList();
    }

    /** @return true when this node now owns the run (it was queued, due to resume, or its lease ran out) */
    public boolean claim(long runId, String node, Duration lease) {
        Instant now = Instant.now(clock);
        return em.createQuery("update SyncRun r set r.state = :running, r.claimedBy = :node, r.leaseUntil = :lease,"
                + " r.version = r.version + 1 where r.id = :id and (r.state = :queued"
                + " or (r.state = :waiting and r.resumeAt <= :now) or (r.state = :running and r.leaseUntil < :now))")
                .setParameter("running", RunState.RUNNING).setParameter("node", node)
                .setParameter("lease", now.plus(lease)).setParameter("id", runId)
                .setParameter("queued", RunState.QUEUED).setParameter("waiting", RunState.WAITING)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SyncRun find(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null) {
            throw new BadRequestException("not-found", "No synchronization run with id " + runId);
        }
        return run;
    }

    /** The link's accounts that are mapped to a journal, in a stable order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountWork> accountsToSync(long linkId) {
        return em.createQuery("select a from OnlineAccount a join fetch a.journal j join fetch a.link l"
                + " join fetch l.company where l.id = :link order by a.id", OnlineAccount.class)
                .setParameter("link", linkId).getResultStream()
                .map(a -> new AccountWork(ImportTarget.of(a), a.getOnlineIdentifier(), a.getJournal().getCode(), a.getStartDate()))
                .toList();
    }

    /** @return date and identifier of the account's newest imported posted transaction, or null */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Object[] newestImported(long accountId) {
        return em.createQuery("select l.date, l.onlineTransactionIdentifier from StatementLine l"
                + " where l.onlineAccount.id = :account and l.onlineTransactionIdentifier not like 'opening-balance%'"
                + " order by l.date desc, l.id desc", Object[].class)
                .setParameter("account", accountId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    public void saveCursor(long runId, RunCursor cursor, Duration lease) {
        SyncRun run = em.find(SyncRun.class, runId);
        run.moveCursor(RunCursorCodec.encode(cursor));
        run.extendLease(Instant.now(clock).plus(lease));
    }

    /**
     * Pauses the run: the provider is still gathering data, or the quota is reached.
     *
     * @param cursor where to resume, or null to keep the cursor the last written page left
     */
    public void pause(long runId, Instant resumeAt, RunCursor cursor, String reason) {
        SyncRun run = em.find(SyncRun.class, runId);
        run.pauseUntil(resumeAt, reason);
        if (cursor != null) {
            run.moveCursor(RunCursorCodec.encode(cursor));
        }
        RunCursor at = RunCursorCodec.decode(run.getCursor());
        if (at != null && at.accountId() != null) {
            em.find(OnlineAccount.class, at.accountId()).setFetchingStatus(FetchingStatus.WAITING);
        }
    }

    /** Ends a run that went through: the link is connected again and its next automatic run planned. */
    public void complete(long runId, String summary) {
        SyncRun run = em.find(SyncRun.class, runId);
        Instant now = Instant.now(clock);
        run.end(RunState.DONE, now, summary);
        OnlineLink link = run.getLink();
        link.recordRefresh(now, now.plus(Duration.ofHours(intervalHours)));
        changeState(link, LinkState.CONNECTED, null);
        chatter.post(link, run.getRequestedBy(), MessageKind.RUN, "Synchronization done (" + describe(run) + "): "
                + run.getImported() + " transactions imported, " + run.getSkippedDuplicates()
                + " already imported, " + run.getSkippedPending() + " pending kept apart"
                + (run.getSkippedLocked() > 0 ? ", " + run.getSkippedLocked() + " dated in the locked period skipped" : "")
                + (summary == null ? "." : ". " + summary));
    }

    /** Ends or pauses the run as the proxy's error asks, and tells the link's chatter what to do next. */
    public void fail(long runId, ProxyException e) {
        ErrorEffect effect = ErrorEffect.of(e);
        SyncRun run = em.find(SyncRun.class, runId);
        OnlineLink link = run.getLink();
        Instant now = Instant.now(clock);
        String userMessage = e.userMessage() != null ? e.userMessage() : e.getMessage();
        run.recordError(e.code(), e.errorReference());
        if (effect.runState() == RunState.WAITING) {
            Instant resumeAt = e.retryAfter() != null && e.retryAfter().isAfter(now) ? e.retryAfter() : now.plus(Duration.ofHours(1));
            link.waitForQuotaUntil(resumeAt);
            pause(runId, resumeAt, null, userMessage);
        } else {
            run.end(effect.runState(), now, userMessage);
        }
        if (effect.linkState() != null) {
            changeState(link, effect.linkState(), null);
        }
        if (effect.autoSyncOff() && link.isAutoSync()) {
            link.setAutoSync(false);
            chatter.post(link, null, MessageKind.TRACKING, "Automatic synchronization switched off.")
                    .track("auto_sync", true, false);
        }
        chatter.post(link, null, MessageKind.ERROR, userMessage + " " + effect.advice()
                + (effect.nextAction() == null ? "" : " [action: " + effect.nextAction() + "]"))
                .withError(e.code(), e.errorReference());
    }

    /** Ends a run that failed inside the module (a bug or a database fault): the cause is in the server log. */
    public void failInternal(long runId, String reason) {
        SyncRun run = em.find(SyncRun.class, runId);
        run.end(RunState.FAILED, Instant.now(clock), reason);
        changeState(run.getLink(), LinkState.ERROR, null);
        chatter.post(run.getLink(), null, MessageKind.ERROR, "The synchronization failed: " + reason
                + ". Nothing of the failed page was written; the next run goes on from there.");
    }

    /** A run never brings a disconnected link back: only the connect flow does (a person disconnected it, or the proxy). */
    private void changeState(OnlineLink link, LinkState newState, String author) {
        LinkState old = link.getState();
        if (old != newState && (old != LinkState.DISCONNECTED || newState == LinkState.DISCONNECTED)) {
            link.changeState(newState);
            chatter.post(link, author, MessageKind.TRACKING, "State changed.")
                    .track("state", old.name().toLowerCase(), newState.name().toLowerCase());
        }
    }

    private static String describe(SyncRun run) {
        return "run " + run.getId() + ", " + run.getTrigger().name().toLowerCase()
                + (run.getRequestedBy() == null ? "" : " by " + run.getRequestedBy());
    }
}
