package erp.onlinesync.application.run;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.link.SyncSchedule;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.link.FetchingStatus;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.run.ClaimLostException;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.domain.run.RunClaim;
import erp.onlinesync.domain.run.RunCursor;
import erp.onlinesync.domain.run.RunOutcome;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.run.SyncRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The runs' state changes, each in its own short transaction ({@code REQUIRES_NEW}) with the chatter
 * entries the entities return for it. The database coordinates: a claim locks the run's row and
 * writes a fresh token, so of several nodes exactly one gets it, a dead node's lease runs out for
 * another to resume the run, and every later change of the first runner is refused
 * ({@link ClaimLostException}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunStore {

    /** The code under which the module's own failures are counted (the proxy's codes are positive). */
    static final int INTERNAL_CODE = -100;

    @Inject
    SyncRuns runs;

    @Inject
    OnlineLinks links;

    @Inject
    ChatterService chatter;

    @Inject
    StatementLineStore lines;

    @Inject
    Clock clock;

    @Inject
    SyncSchedule schedule;

    /** @return the link's queued, running or waiting run, if any */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SyncRun> activeRun(long linkId) {
        return runs.activeOf(linkId);
    }

    /**
     * Queues a new run. Fails on the unique index when another run of the link became active meanwhile;
     * the caller then takes that one.
     *
     * @throws BadRequestException {@code not-found} for an unknown link, {@code link-disconnected} for a disconnected one
     */
    public SyncRun create(long linkId, RunTrigger trigger, String requestedBy) {
        OnlineLink link = links.find(linkId)
                .orElseThrow(() -> new BadRequestException("not-found", "No online link with id " + linkId));
        if (link.getState() == LinkState.DISCONNECTED) {
            throw new BadRequestException("link-disconnected",
                    "The link " + link.getName() + " is disconnected: reconnect it before fetching");
        }
        SyncRun run = new SyncRun(link, trigger, requestedBy, Instant.now(clock));
        runs.add(run);
        return run;
    }

    /** Links due for an automatic run, the longest due first, at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> dueLinks(int limit) {
        return runs.dueLinks(Instant.now(clock), limit);
    }

    /** Runs to pick up: waiting ones whose time came, queued ones whose start was lost, running ones whose lease ran out. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> resumableRuns(Duration lostAfter, int limit) {
        Instant now = Instant.now(clock);
        return runs.resumable(now, now.minus(lostAfter), limit);
    }

    /** @return this node's claim on the run, or empty when it is not to be taken now (another node has it, it ended) */
    public Optional<RunClaim> claim(long runId, String node, Duration lease) {
        Instant now = Instant.now(clock);
        return runs.lock(runId).filter(r -> r.isClaimable(now))
                .map(r -> r.claim(node, UUID.randomUUID().toString(), now.plus(lease), now));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SyncRun find(long runId) {
        return runs.find(runId)
                .orElseThrow(() -> new BadRequestException("not-found", "No synchronization run with id " + runId));
    }

    /** The link's accounts that are mapped to a journal, in a stable order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountWork> accountsToSync(long linkId) {
        return links.mappedAccounts(linkId).stream()
                .map(a -> new AccountWork(ImportTarget.of(a), a.getOnlineIdentifier(), a.getJournal().getCode(), a.getStartDate()))
                .toList();
    }

    /** Keeps the claim for {@code lease} more, before a proxy call that may take that long. */
    public void renewLease(RunClaim claim, Duration lease) {
        held(claim).renewLease(claim, Instant.now(clock).plus(lease));
    }

    public void saveCursor(RunClaim claim, RunCursor cursor, Duration lease) {
        SyncRun run = held(claim);
        run.moveCursor(claim, RunCursorCodec.encode(cursor));
        run.renewLease(claim, Instant.now(clock).plus(lease));
    }

    /**
     * Pauses the run: the provider is still gathering data, or the quota is reached.
     *
     * @param cursor where to resume, or null to keep the cursor the last written page left
     */
    public void pause(RunClaim claim, Instant resumeAt, RunCursor cursor, String reason) {
        SyncRun run = held(claim);
        if (cursor != null) {
            run.moveCursor(claim, RunCursorCodec.encode(cursor));
        }
        run.pause(claim, resumeAt, reason);
        markWaiting(run);
    }

    private void markWaiting(SyncRun run) {
        RunCursor at = RunCursorCodec.decode(run.getCursor());
        if (at != null && at.accountId() != null) {
            links.findAccount(at.accountId()).ifPresent(a -> a.setFetchingStatus(FetchingStatus.WAITING));
        }
    }

    /**
     * Ends a run that went through: the link is connected again and its next automatic run planned.
     *
     * @return how it ended, to be counted once the ending is committed
     */
    public RunOutcome complete(RunClaim claim) {
        SyncRun run = held(claim);
        Instant now = Instant.now(clock);
        run.complete(claim, now, null);
        OnlineLink link = lockedLink(run);
        List<String> statements = lines.statementsTouched(run.getId());
        chatter.post(link, run.getRequestedBy(), MessageKind.RUN, "Synchronization done (" + run.describe() + "): "
                + run.countsSummary() + (statements.isEmpty() ? "" : "; statements touched: " + String.join(", ", statements)) + ".");
        chatter.postAll(link, null, link.runSucceeded(now, schedule.get()));
        return run.outcome();
    }

    /**
     * Ends or pauses the run as the proxy's error asks, and tells the link's chatter what to do next.
     *
     * @return how it ended, or empty when it only paused
     */
    public Optional<RunOutcome> fail(RunClaim claim, ProxyException e) {
        ErrorEffect effect = ErrorEffect.of(e);
        SyncRun run = held(claim);
        OnlineLink link = lockedLink(run);
        Instant now = Instant.now(clock);
        String userMessage = e.userMessage() != null ? e.userMessage() : e.getMessage();
        if (effect.runState() == RunState.WAITING) {
            Instant resumeAt = e.retryAfter() != null && e.retryAfter().isAfter(now) ? e.retryAfter() : now.plus(Duration.ofHours(1));
            run.pause(claim, resumeAt, userMessage, e.code(), e.errorReference());
            markWaiting(run);
            chatter.post(link, null, link.limitedUntil(resumeAt, e.code(), userMessage + " " + effect.advice()
                    + " (" + resumeAt + ")", e.errorReference()));
            return Optional.empty();
        }
        run.fail(claim, effect.runState(), now, e.code(), e.errorReference(), userMessage);
        if (effect.runState() == RunState.DONE) {
            // the run went through (201): only auto-sync stops
            chatter.post(link, null, ChatterEntry.error(userMessage + " " + effect.advice(), e.code(), e.errorReference()));
            if (link.isAutoSync()) {
                chatter.post(link, null, link.switchAutoSync(false, "Automatic synchronization switched off."));
            }
            chatter.postAll(link, null, link.runSucceeded(now, schedule.get()));
            return Optional.of(run.outcome());
        }
        chatter.postAll(link, null, link.runFailed(effect.forLink(e.code(), userMessage, e.errorReference(), e.retryAfter()),
                run.getTrigger().isUnattended(), now, schedule.get()));
        return Optional.of(run.outcome());
    }

    /** Ends a run that failed inside the module (a bug or a database fault): the cause is in the server log. */
    public RunOutcome failInternal(RunClaim claim, String reason) {
        SyncRun run = held(claim);
        Instant now = Instant.now(clock);
        String message = "The synchronization failed: " + reason + ".";
        run.fail(claim, RunState.FAILED, now, null, null, message);
        OnlineLink link = lockedLink(run);
        chatter.postAll(link, null, link.runFailed(ErrorEffect.internal().forLink(INTERNAL_CODE, message, null, null),
                run.getTrigger().isUnattended(), now, schedule.get()));
        return run.outcome();
    }

    /**
     * Ends a run that could not open its link's tokens, sealed with a key the module no longer has: the link
     * waits for a reconnect, with no automatic run planned ({@link OnlineLink#sealedWithUnknownKey}).
     */
    public RunOutcome failSealedWithUnknownKey(RunClaim claim) {
        SyncRun run = held(claim);
        Instant now = Instant.now(clock);
        run.fail(claim, RunState.FAILED, now, OnlineLink.SECRET_KEY_CHANGED_CODE, null, OnlineLink.SECRET_KEY_CHANGED);
        OnlineLink link = lockedLink(run);
        chatter.postAll(link, null, link.sealedWithUnknownKey(now, schedule.get()));
        return run.outcome();
    }

    /**
     * The claim's run, its row locked for the change; the change itself refuses a claim that was taken
     * over ({@link ClaimLostException}), before anything else is written.
     */
    /** A person may renew or configure the link while its run ends: the row lock orders the two changes. */
    private OnlineLink lockedLink(SyncRun run) {
        return links.lock(run.getLink().getId()).orElseThrow();
    }

    private SyncRun held(RunClaim claim) {
        return runs.lock(claim.runId()).orElseThrow(() -> new ClaimLostException(claim.runId()));
    }
}
