package erp.onlinesync.application.run;

import erp.onlinesync.application.importing.ImportWriter;
import erp.onlinesync.application.importing.NewLine;
import erp.onlinesync.application.link.LinkSessions;
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
import erp.onlinesync.domain.run.RunCursor;
import erp.onlinesync.domain.run.StartDateRule;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out one claimed run: per mapped account, ask the provider to refresh, import the posted
 * transactions page by page, replace the pending ones, then bring the balances in line.
 * <p>
 * It holds no transaction while it talks to the proxy ({@code NOT_SUPPORTED}); each answer is
 * written by {@link ImportWriter} in a transaction of its own together with the run's cursor, so a
 * crash loses at most the page in flight and a resumed run starts from the cursor. The proxy's
 * errors end or pause the run through {@link RunStore#fail}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());
    /** How long a claim holds before another node may take the run over. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Contract section 5: while the provider is fetching, ask again (every 5 minutes by default) for at most an hour. */
    static final Duration FETCHING_MAX = Duration.ofHours(1);

    @Inject
    RunStore runs;

    @Inject
    ImportWriter writer;

    @Inject
    SyncProxy proxy;

    @Inject
    LinkSessions sessions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sync.overlap-days", defaultValue = "3")
    int overlapDays;

    @Inject
    @ConfigProperty(name = "sync.node-name", defaultValue = "node")
    String nodeName;

    @Inject
    @ConfigProperty(name = "sync.fetching-retry-seconds", defaultValue = "300")
    long fetchingRetrySeconds;

    /**
     * Runs {@code runId} if this node can claim it; returns at once when another node has it.
     *
     * @param resumedByTimer true when a timer picks the run up: the proxy is then told no person is waiting
     */
    public void execute(long runId, boolean resumedByTimer) {
        if (!runs.claim(runId, nodeName, LEASE)) {
            return;
        }
        SyncRun run = runs.find(runId);
        OnlineLink link = run.getLink();
        CallContext context = run.getTrigger().isUnattended() || resumedByTimer ? CallContext.timer() : CallContext.person("en_US");
        RunCursor cursor = RunCursorCodec.decode(run.getCursor());
        try {
            Instant quotaUntil = link.getQuotaWaitUntil();
            if (quotaUntil != null && quotaUntil.isAfter(clock.instant())) {
                runs.pause(runId, quotaUntil, cursor, "Waiting for the provider's quota until " + quotaUntil);
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
                if (!new AccountSync(runId, account, session, context).run(start, after)) {
                    return; // paused: a timer resumes it
                }
                cursor = after;
            }
            runs.complete(runId, null);
        } catch (ProxyException e) {
            runs.fail(runId, e);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + runId + " of link " + link.getId() + " failed", e);
            runs.failInternal(runId, e.getClass().getSimpleName());
        }
    }

    /** The steps of one account, from where the cursor stands. */
    private final class AccountSync {
        private final long runId;
        private final AccountWork account;
        private final ProxySession session;
        private final CallContext context;

        AccountSync(long runId, AccountWork account, ProxySession session, CallContext context) {
            this.runId = runId;
            this.account = account;
            this.session = session;
            this.context = context;
        }

        /** @return false when the run paused (the provider is still gathering data) */
        boolean run(RunCursor cursor, RunCursor after) {
            RunCursor c = cursor;
            if (c.phase() == RunCursor.Phase.REFRESH) {
                RefreshResult refresh = proxy.refresh(session, account.onlineIdentifier(), context);
                if (refresh.currentlyFetching()) {
                    return waitForProvider(c);
                }
                Object[] newest = runs.newestImported(account.target().accountId());
                c = c.postedFrom(StartDateRule.startDate(newest == null ? null : toLocalDate(newest[0]),
                        account.chosenStart(), overlapDays, account.target().lockDate()),
                        newest == null ? null : (String) newest[1]);
                runs.saveCursor(runId, c, LEASE);
            }
            if (c.phase() == RunCursor.Phase.POSTED) {
                c = importPosted(c);
            }
            List<NewLine> pending = new ArrayList<>();
            TransactionPage last = listPending(pending);
            writer.replacePending(runId, account.target(), pending, RunCursorCodec.encode(c), leaseUntil());
            writer.finishAccount(runId, account.target(), account.journalCode(), last.balance(), last.availableBalance(),
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
            runs.pause(runId, resumeAt, c.waitingSince(since), "The bank is gathering data; the run goes on at " + resumeAt);
            return false;
        }

        private RunCursor importPosted(RunCursor cursor) {
            RunCursor c = cursor;
            while (c.phase() == RunCursor.Phase.POSTED) {
                TransactionPage page = proxy.transactions(session, new TransactionQuery(account.onlineIdentifier(),
                        TransactionStatus.POSTED, c.startDate(), c.lastTransactionId(),
                        account.target().currency().code(), c.nextData()), context);
                RunCursor next = page.nextData() == null ? c.then(RunCursor.Phase.PENDING) : c.nextPage(page.nextData());
                writer.writePostedPage(runId, account.target(), account.journalCode(), lines(page),
                        RunCursorCodec.encode(next), leaseUntil());
                c = next;
            }
            return c;
        }

        /** @return the last page, whose balance is the account's */
        private TransactionPage listPending(List<NewLine> into) {
            String next = null;
            TransactionPage page;
            do {
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
    }

    private Instant leaseUntil() {
        return clock.instant().plus(LEASE);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
