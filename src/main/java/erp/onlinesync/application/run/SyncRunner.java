package erp.onlinesync.application.run;

import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import erp.onlinesync.domain.run.ClaimLostException;
import erp.onlinesync.domain.run.RunClaim;
import erp.onlinesync.domain.run.RunCursor;
import erp.onlinesync.domain.run.RunMetrics;
import erp.onlinesync.domain.run.RunOutcome;
import erp.onlinesync.domain.run.StartDateRule;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.shared.UnknownSealingKeyException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out one claimed run: per mapped account, ask the provider to refresh, import the posted
 * transactions page by page, replace the pending ones, then bring the balances in line.
 * <p>
 * It holds no transaction while it talks to the proxy ({@code NOT_SUPPORTED}); each answer is
 * written by the {@link StatementLineStore} in a transaction of its own together with the run's
 * cursor, so a crash loses at most the page in flight and a resumed run starts from the cursor. The
 * proxy's errors end or pause the run through {@link RunStore#fail}; tokens sealed with a key the module
 * no longer has end it through {@link RunStore#failSealedWithUnknownKey}.
 * <p>
 * The lease: renewed before every proxy call for longer than that call can take with all its retries
 * ({@link SyncProxy#longestCall()}), so a slow but live runner is never taken over; every write names
 * the runner's claim, and once another node took the run over the next write is refused and this
 * runner stops without writing more. The margin added for the database writes between two calls is
 * {@code sync.run.lease-margin-seconds} (default {@value #DEFAULT_LEASE_MARGIN_SECONDS}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());
    /** Contract section 5: while the provider is fetching, ask again (every 5 minutes by default) for at most an hour. */
    static final Duration FETCHING_MAX = Duration.ofHours(1);
    /** Added to the longest proxy call, by default: the database writes between two calls. */
    static final long DEFAULT_LEASE_MARGIN_SECONDS = 60;
    /** Pages of one listing at the most: a proxy that never ends its next_data must not hold a run for ever. */
    static final int MAX_PAGES = 20_000;
    /** Pending pages at the most: they are kept in memory until replaced whole. */
    static final int MAX_PENDING_PAGES = 50;

    @Inject
    RunStore runs;

    @Inject
    StatementLineStore writer;

    @Inject
    SyncProxy proxy;

    @Inject
    LinkSessions sessions;

    @Inject
    Clock clock;

    @Inject
    PageFetches fetches;

    @Inject
    RunMetrics metrics;

    @Inject
    @ConfigProperty(name = "sync.overlap-days", defaultValue = "3")
    int overlapDays;

    @Inject
    NodeName node;

    @Inject
    @ConfigProperty(name = "sync.fetching-retry-seconds", defaultValue = "300")
    long fetchingRetrySeconds;

    @Inject
    @ConfigProperty(name = "sync.run.lease-margin-seconds", defaultValue = "" + DEFAULT_LEASE_MARGIN_SECONDS)
    long leaseMarginSeconds;

    /**
     * Runs {@code runId} if this node can claim it; returns at once when another node has it.
     *
     * @param resumedByTimer true when a timer picks the run up: the proxy is then told no person is waiting
     */
    public void execute(long runId, boolean resumedByTimer) {
        Duration lease = lease(runs.find(runId).getLink().getProviderType());
        Optional<RunClaim> claimed = runs.claim(runId, node.name(), lease);
        if (claimed.isEmpty()) {
            return;
        }
        RunClaim claim = claimed.get();
        SyncRun run = runs.find(runId);
        OnlineLink link = run.getLink();
        CallContext context = run.getTrigger().isUnattended() || resumedByTimer ? CallContext.timer() : CallContext.person("en_US");
        RunCursor cursor = RunCursorCodec.decode(run.getCursor());
        try {
            Instant quotaUntil = link.getQuotaWaitUntil();
            if (quotaUntil != null && quotaUntil.isAfter(clock.instant())) {
                runs.pause(claim, quotaUntil, cursor, "Waiting for the provider's quota until " + quotaUntil);
                return;
            }
            ProxySession session = sessions.open(link);
            List<AccountWork> accounts = runs.accountsToSync(link.getId());
            for (int i = 0; i < accounts.size(); i++) {
                AccountWork account = accounts.get(i);
                if (cursor != null && cursor.accountId() != null && account.target().accountId() < cursor.accountId()) {
                    continue; // done before the run paused or crashed
                }
                RunCursor start = cursor != null && Objects.equals(cursor.accountId(), account.target().accountId())
                        ? cursor : RunCursor.startOf(account.target().accountId());
                RunCursor after = i + 1 < accounts.size() ? RunCursor.startOf(accounts.get(i + 1).target().accountId()) : null;
                cursor = start;
                if (!new AccountSync(claim, lease, account, session, context).run(start, after)) {
                    return; // paused: a timer resumes it
                }
                cursor = after;
            }
            metrics.runEnded(runs.complete(claim));
        } catch (ClaimLostException e) {
            LOG.info(() -> "Run " + runId + " was taken over by another node; this node stops it here");
        } catch (ProxyException e) {
            endQuietlyIfLost(() -> runs.fail(claim, e));
        } catch (UnknownSealingKeyException e) {
            LOG.warning(() -> "Run " + runId + " of link " + link.getId() + ": " + e.getMessage());
            endQuietlyIfLost(() -> Optional.of(runs.failSealedWithUnknownKey(claim)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + runId + " of link " + link.getId() + " failed", e);
            endQuietlyIfLost(() -> Optional.of(runs.failInternal(claim, e.getClass().getSimpleName())));
        }
    }

    /**
     * How long a claim holds: longer than the longest call of the link's adapter with its retries, so only a
     * dead runner loses it.
     */
    Duration lease(String providerType) {
        return proxy.longestCall(providerType).plusSeconds(leaseMarginSeconds);
    }

    /** @param ending ends the run, or only pauses it (empty) */
    private void endQuietlyIfLost(Supplier<Optional<RunOutcome>> ending) {
        try {
            ending.get().ifPresent(metrics::runEnded);
        } catch (ClaimLostException lost) {
            LOG.info(lost::getMessage);
        }
    }

    /** The steps of one account, from where the cursor stands. */
    private final class AccountSync {
        private final RunClaim claim;
        private final Duration lease;
        private final AccountWork account;
        private final ProxySession session;
        private final CallContext context;

        AccountSync(RunClaim claim, Duration lease, AccountWork account, ProxySession session, CallContext context) {
            this.claim = claim;
            this.lease = lease;
            this.account = account;
            this.session = session;
            this.context = context;
        }

        /** @return false when the run paused (the provider is still gathering data) */
        boolean run(RunCursor cursor, RunCursor after) {
            RunCursor c = cursor;
            if (c.phase() == RunCursor.Phase.REFRESH) {
                runs.renewLease(claim, lease);
                RefreshResult refresh = proxy.refresh(session, account.onlineIdentifier(), context);
                if (refresh.currentlyFetching()) {
                    return waitForProvider(c);
                }
                var newest = writer.newestImported(account.target().accountId());
                c = c.postedFrom(StartDateRule.startDate(newest.map(StatementLineStore.NewestLine::date).orElse(null),
                        account.chosenStart(), overlapDays, account.target().lockDate()),
                        newest.map(StatementLineStore.NewestLine::onlineTransactionIdentifier).orElse(null));
                runs.saveCursor(claim, c, lease);
            }
            if (c.phase() == RunCursor.Phase.POSTED) {
                c = importPosted(c);
            }
            List<NewLine> pending = new ArrayList<>();
            TransactionPage last = listPending(pending);
            writer.replacePending(claim, account.target(), pending, RunCursorCodec.encode(c), leaseUntil());
            writer.finishAccount(claim, account.target(), account.journalCode(), last.balance(), last.availableBalance(),
                    last.balanceDate(), clock.instant(), RunCursorCodec.encode(after), leaseUntil());
            return true;
        }

        private boolean waitForProvider(RunCursor c) {
            Instant now = clock.instant();
            Instant since = c.waitingSince() == null ? now : c.waitingSince();
            if (Duration.between(since, now).compareTo(FETCHING_MAX) >= 0) {
                throw ProxyException.of(ProxyFailure.PROVIDER_UNAVAILABLE,
                        "The bank was still gathering data after an hour; the next scheduled run tries again.");
            }
            Instant resumeAt = now.plusSeconds(fetchingRetrySeconds);
            runs.pause(claim, resumeAt, c.waitingSince(since), "The bank is gathering data; the run goes on at " + resumeAt);
            return false;
        }

        /**
         * Each page is written with the cursor that asks for the next one, in one transaction; the next
         * page is already on its way while the current one is written (a failed write drops it unread).
         */
        private RunCursor importPosted(RunCursor cursor) {
            RunCursor c = cursor;
            runs.renewLease(claim, lease);
            CompletableFuture<TransactionPage> coming = fetches.ask(() -> postedPage(cursor));
            for (int pages = 1; c.phase() == RunCursor.Phase.POSTED; pages++) {
                TransactionPage page = await(coming);
                RunCursor next = page.nextData() == null ? c.then(RunCursor.Phase.PENDING) : c.nextPage(page.nextData());
                if (next.phase() == RunCursor.Phase.POSTED) {
                    requireBelowCap(pages, MAX_PAGES);
                    runs.renewLease(claim, lease); // a full lease ahead of every call, whatever the write takes
                    coming = fetches.ask(() -> postedPage(next));
                }
                try {
                    writer.writePostedPage(claim, account.target(), account.journalCode(), lines(page),
                            RunCursorCodec.encode(next), leaseUntil());
                } catch (RuntimeException e) {
                    coming.cancel(false);
                    throw e;
                }
                c = next;
            }
            return c;
        }

        private TransactionPage postedPage(RunCursor c) {
            return proxy.transactions(session, new TransactionQuery(account.onlineIdentifier(), TransactionStatus.POSTED,
                    c.startDate(), c.lastTransactionId(), account.target().currency().code(), c.nextData()), context);
        }

        /** @return the last page, whose balance is the account's */
        private TransactionPage listPending(List<NewLine> into) {
            String next = null;
            TransactionPage page;
            int pages = 0;
            do {
                requireBelowCap(pages++, MAX_PENDING_PAGES);
                runs.renewLease(claim, lease);
                page = proxy.transactions(session, new TransactionQuery(account.onlineIdentifier(),
                        TransactionStatus.PENDING, null, null, account.target().currency().code(), next), context);
                into.addAll(lines(page));
                next = page.nextData();
            } while (next != null);
            return page;
        }

        private List<NewLine> lines(TransactionPage page) {
            List<NewLine> lines = new ArrayList<>(page.transactions().size());
            for (ProxyTransaction t : page.transactions()) {
                try {
                    lines.add(NewLine.of(t, account.target().currency()));
                } catch (IllegalArgumentException e) {
                    throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, e.getMessage());
                }
            }
            return lines;
        }

        private Instant leaseUntil() {
            return clock.instant().plus(lease);
        }
    }

    /** @return the page, or the call's own exception (a {@link ProxyException} stays one) */
    private static TransactionPage await(CompletableFuture<TransactionPage> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void requireBelowCap(int pages, int cap) {
        if (pages >= cap) {
            throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER,
                    "The proxy was still sending next_data after " + cap + " pages of one listing");
        }
    }
}
