package erp.onlinesync.application.run.fakes;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.link.SyncSchedule;
import erp.onlinesync.domain.link.RetrySchedule;
import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.application.run.NodeName;
import erp.onlinesync.application.run.RunStore;
import erp.onlinesync.application.run.PageFetches;
import erp.onlinesync.application.run.SyncRunner;
import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.journal.BankStatementSource;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.shared.CurrencyCode;
import erp.onlinesync.sandbox.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The run engine wired as the container wires it, over in-memory fakes of its ports and of the proxy:
 * a link with one EUR account mapped to a journal, a clock moved by hand. Runs in milliseconds.
 */
public final class Engine {

    public static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    public static final String ACCOUNT = "acc-1";
    public static final String REFRESH_TOKEN = "refresh-token-1";
    public static final String ACCESS_TOKEN = "access-token-1";

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryOnlineLinks links = new InMemoryOnlineLinks();
    public final InMemorySyncRuns runs = new InMemorySyncRuns(links);
    public final InMemoryStatementLines lines = new InMemoryStatementLines(runs);
    public final InMemoryChatterLog chatterLog = new InMemoryChatterLog();
    public final ScriptedProxy proxy = new ScriptedProxy();
    public final RunStore store = new RunStore();
    public final RecordedMetrics metrics = new RecordedMetrics();
    public final FakeSealer sealer = new FakeSealer();
    private final ChatterService chatter = new ChatterService();
    public final OnlineLink link;
    public final OnlineAccount account;

    public Engine() {
        Company company = Ids.withId(new Company("Company", CurrencyCode.of("EUR")), 1);
        Journal journal = Ids.withId(new Journal(company, "Bank", "BNK1", CurrencyCode.of("EUR"), "BE00", BankStatementSource.ONLINE_SYNC), 1);
        link = links.add(new OnlineLink(company, "Sandbox Bank", "sbx", "Sandbox Bank", "ponto", clock.instant()));
        bindTokens(FakeSealer.CURRENT);
        link.connected(true, clock.instant(), new RetrySchedule(interval(), RetrySchedule.DEFAULT_BACKOFF));
        account = links.add(new OnlineAccount(link, ACCOUNT, "Current", "BE00", CurrencyCode.of("EUR")));
        account.mapTo(journal);
        Ids.set(chatter, "log", chatterLog);
        Ids.set(chatter, "clock", clock);
        SyncSchedule schedule = new SyncSchedule(12, Optional.empty());
        Ids.set(store, "runs", runs);
        Ids.set(store, "links", links);
        Ids.set(store, "chatter", chatter);
        Ids.set(store, "clock", clock);
        Ids.set(store, "schedule", schedule);
        Ids.set(store, "lines", lines);
    }

    /** The link sessions as the container wires them, over the {@link FakeSealer}. */
    public LinkSessions sessions() {
        LinkSessions sessions = new LinkSessions();
        Ids.set(sessions, "cipher", sealer);
        Ids.set(sessions, "links", links);
        Ids.set(sessions, "chatter", chatter);
        Ids.set(sessions, "self", sessions);
        return sessions;
    }

    /** A runner on node {@code name}, sharing the database (the fakes) with every other runner. */
    public SyncRunner runner(String name) {
        SyncRunner runner = new SyncRunner();
        Ids.set(runner, "runs", store);
        Ids.set(runner, "writer", lines);
        Ids.set(runner, "proxy", proxy);
        Ids.set(runner, "sessions", sessions());
        Ids.set(runner, "clock", clock);
        Ids.set(runner, "overlapDays", 3);
        Ids.set(runner, "node", new NodeName(Optional.of(name)));
        Ids.set(runner, "fetchingRetrySeconds", 300L);
        PageFetches fetches = new PageFetches();
        Ids.set(fetches, "pool", (Executor) Runnable::run); // the next page asked before the current one is written, on this thread
        Ids.set(runner, "fetches", fetches);
        Ids.set(runner, "leaseMarginSeconds", 60L);
        Ids.set(runner, "metrics", metrics);
        return runner;
    }

    /** Stores the link's tokens ({@link #REFRESH_TOKEN}, {@link #ACCESS_TOKEN}) as {@code key} of the {@link FakeSealer} seals them. */
    public void bindTokens(String key) {
        link.bindTokens("client-1", FakeSealer.sealedWith(key, REFRESH_TOKEN, OnlineLink.refreshTokenPlace(link.getId())),
                FakeSealer.sealedWith(key, ACCESS_TOKEN, OnlineLink.accessTokenPlace(link.getId())));
    }

    /** Queues a run of the link and has one runner carry it out. */
    public SyncRun run(RunTrigger trigger) {
        SyncRun run = store.create(link.getId(), trigger, trigger.isUnattended() ? null : "alice");
        runner("node-a").execute(run.getId(), trigger.isUnattended());
        return run;
    }

    public static Duration interval() {
        return Duration.ofHours(12);
    }

    public static ProxyTransaction tx(String id, String date, String amount) {
        return new ProxyTransaction(id, LocalDate.parse(date), null, "Payment " + id, new BigDecimal(amount), "EUR",
                "Partner", null, null, null, null, null, null);
    }
}
