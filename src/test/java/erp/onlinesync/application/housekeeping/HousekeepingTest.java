package erp.onlinesync.application.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.run.NodeName;
import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.application.run.fakes.InMemoryJobPeriods;
import erp.onlinesync.application.run.fakes.InMemoryWebhookReceipts;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.link.ConnectRequest;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.RetrySchedule;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The nightly clean-up over the engine's fakes, 40 days after the engine's mapped link was connected:
 * which links go and how, what they leave behind, and one node a day.
 */
class HousekeepingTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 10);
    private static final Duration LIMIT = Duration.ofDays(30);

    private final Engine engine = new Engine();
    private final InMemoryJobPeriods periods = new InMemoryJobPeriods();
    private final InMemoryWebhookReceipts receipts = new InMemoryWebhookReceipts();
    private final HousekeepingSteps steps = new HousekeepingSteps();
    private final Instant now;

    HousekeepingTest() {
        engine.clock.advance(Duration.ofDays(40));
        now = engine.clock.instant();
        ChatterService chatter = new ChatterService();
        Ids.set(chatter, "log", engine.chatterLog);
        Ids.set(chatter, "clock", engine.clock);
        Ids.set(steps, "links", engine.links);
        Ids.set(steps, "runs", engine.runs);
        Ids.set(steps, "receipts", receipts);
        Ids.set(steps, "chatter", chatter);
    }

    /** The job as one node runs it, sharing the database (the fakes) with every other node. */
    private Housekeeping node(String name) {
        Housekeeping job = new Housekeeping();
        Ids.set(job, "periods", periods);
        Ids.set(job, "node", new NodeName(Optional.of(name)));
        Ids.set(job, "steps", steps);
        Ids.set(job, "clock", engine.clock);
        Ids.set(job, "unfinishedLinkDays", (int) LIMIT.toDays());
        return job;
    }

    private OnlineLink unfinishedLink(String name, Instant createdAt) {
        OnlineLink link = engine.links.add(new OnlineLink(engine.link.getCompany(), name, "sbx", "Sandbox Bank", "ponto", createdAt));
        engine.links.add(new OnlineAccount(link, name + "-acc", "Savings", "BE11", CurrencyCode.of("EUR")));
        return link;
    }

    private ConnectRequest connectRequest(Long linkId, Instant expiresAt) {
        return engine.links.add(new ConnectRequest(1L, UUID.randomUUID().toString(), "admin", "link", "sbx", linkId, null,
                expiresAt.minus(Duration.ofMinutes(10)), expiresAt, false));
    }

    private List<String> chatterOf(OnlineLink link) {
        return engine.chatterLog.of(ChatterService.LINK, link.getId(), 0, 100).stream().map(ChatterMessage::getBody).toList();
    }

    @Test
    void onlyLinksNeverFinishedOlderThanTheLimitAreRemoved() {
        OnlineLink young = unfinishedLink("young", now.minus(Duration.ofDays(10)));
        OnlineLink atTheLimit = unfinishedLink("at-the-limit", now.minus(LIMIT));
        OnlineLink old = unfinishedLink("old", now.minus(LIMIT).minusSeconds(1));
        connectRequest(old.getId(), now.plus(Duration.ofMinutes(5)));
        int mappedChatter = chatterOf(engine.link).size();

        HousekeepingCounts counts = node("node-a").runFor(DAY).orElseThrow();

        assertEquals(new HousekeepingCounts(1, 0, 0, 0, 0), counts);
        assertEquals(List.of(engine.link, young, atTheLimit), engine.links.all(), "the mapped link (40 days old) stays too");
        assertTrue(engine.links.accounts().stream().noneMatch(a -> a.getLink() == old), "its accounts went with it");
        assertEquals(List.of(), engine.links.connectRequests(), "and its connect requests");
        assertEquals(List.of("Removed by the clean-up: never finished (no account mapped) since 2026-12-11."),
                chatterOf(old), "the chatter outlives the row");
        assertEquals(ChatterService.SYSTEM_AUTHOR, engine.chatterLog.all().get(engine.chatterLog.all().size() - 1).getAuthor());
        assertEquals(mappedChatter, chatterOf(engine.link).size());
        assertEquals(List.of(), chatterOf(young));
        assertEquals(List.of(), chatterOf(atTheLimit));
    }

    @Test
    void aLinkWithRunsKeepsItsRowAndRunsDisconnectedWithoutTokensAndIsRemovedOnce() {
        OnlineLink withRuns = unfinishedLink("with-runs", now.minus(Duration.ofDays(45)));
        withRuns.bindTokens("client-2", "sealed:refresh", "sealed:access");
        withRuns.connected(true, now.minus(Duration.ofDays(45)), new RetrySchedule(Engine.interval(), RetrySchedule.DEFAULT_BACKOFF));
        SyncRun run = new SyncRun(withRuns, RunTrigger.CONNECT, "admin", now.minus(Duration.ofDays(45)));
        engine.runs.add(run);

        assertEquals(new HousekeepingCounts(0, 1, 0, 0, 0), node("node-a").runFor(DAY).orElseThrow());

        assertEquals(Optional.of(withRuns), engine.links.find(withRuns.getId()));
        assertEquals(List.of(run), engine.runs.all());
        assertEquals(LinkState.DISCONNECTED, withRuns.getState());
        assertNull(withRuns.getClientId());
        assertNull(withRuns.sealedRefreshToken());
        assertNull(withRuns.sealedAccessToken());
        List<String> chatter = chatterOf(withRuns);
        assertEquals("Removed by the clean-up: never finished (no account mapped) since 2026-11-26;"
                + " kept, disconnected, for its run history.", chatter.get(chatter.size() - 1));

        engine.clock.advance(Duration.ofDays(1));
        assertEquals(new HousekeepingCounts(0, 0, 0, 0, 0), node("node-a").runFor(DAY.plusDays(1)).orElseThrow());
        assertEquals(chatter, chatterOf(withRuns), "nothing more to remove, nothing more to tell");
    }

    @Test
    void aLinkThatFailsIsLoggedAndTheCleanUpGoesOn() {
        OnlineLink refusing = unfinishedLink("refusing", now.minus(Duration.ofDays(60)));
        OnlineLink old = unfinishedLink("old", now.minus(Duration.ofDays(60)));
        engine.links.refuseDeleting(refusing);
        connectRequest(null, now.minus(Duration.ofDays(2)));

        assertEquals(new HousekeepingCounts(1, 0, 1, 1, 0), node("node-a").runFor(DAY).orElseThrow());

        assertEquals(List.of(engine.link, refusing), engine.links.all());
        assertEquals(List.of(), engine.links.find(old.getId()).stream().toList());
    }

    @Test
    void expiredConnectRequestsAndOldWebhookReceiptsArePrunedWithAMargin() {
        connectRequest(null, now.minus(Duration.ofDays(1)).minusSeconds(1));
        ConnectRequest expiredToday = connectRequest(null, now.minus(Duration.ofHours(20)));
        ConnectRequest valid = connectRequest(null, now.plus(Duration.ofMinutes(5)));
        receipts.firstSeen("client-1", "old", now.minus(Duration.ofMinutes(71)), Instant.MIN);
        receipts.firstSeen("client-1", "in-the-margin", now.minus(Duration.ofMinutes(69)), Instant.MIN);

        assertEquals(new HousekeepingCounts(0, 0, 0, 1, 1), node("node-a").runFor(DAY).orElseThrow());

        assertEquals(List.of(expiredToday, valid), engine.links.connectRequests());
        assertEquals(1, receipts.size());
    }

    @Test
    void twoNodesClaimingTheSameDayCleanUpOnce() {
        OnlineLink old = unfinishedLink("old", now.minus(Duration.ofDays(60)));
        Housekeeping a = node("node-a");
        Housekeeping b = node("node-b");

        assertEquals(1, a.runFor(DAY).orElseThrow().deletedLinks());
        assertEquals(Optional.empty(), b.runFor(DAY), "node-b finds the day taken");

        assertEquals("node-a", periods.winner(Housekeeping.JOB, DAY.toString()));
        assertEquals(1, chatterOf(old).size(), "one removal, one message");
        assertTrue(b.runFor(DAY.plusDays(1)).isPresent(), "the next day goes to whoever claims it first");
        assertTrue(a.runFor(DAY.plusDays(1)).isEmpty());
    }
}
