package erp.onlinesync.domain.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The link's state rules and the chatter entries each change returns. */
class OnlineLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofHours(12), RetrySchedule.DEFAULT_BACKOFF);
    private final OnlineLink link = new OnlineLink(null, "Bank", "b", "Bank", "ponto", NOW);

    private static LinkFailure failure(LinkState state, NextAction action, int code) {
        return new LinkFailure(state, false, action, code, "The bank is down. Try later.", "REF", null);
    }

    @Test
    void connectingPlansTheFirstAutomaticRun() {
        assertNull(link.getNextRefresh());
        link.connected(true, NOW, SCHEDULE);
        assertEquals(NOW.plus(Duration.ofHours(12)), link.getNextRefresh());
    }

    @Test
    void aFailureMovesTheStateKeepsTheProblemAndTellsWhy() {
        List<ChatterEntry> entries = link.runFailed(failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 200), false, NOW, SCHEDULE);
        assertEquals(LinkState.ERROR, link.getState());
        assertEquals(NextAction.FETCH_AGAIN, link.getProblemAction());
        assertEquals("The bank is down. Try later.", link.getProblemMessage());
        assertEquals(List.of(MessageKind.TRACKING, MessageKind.ERROR), entries.stream().map(ChatterEntry::kind).toList());
        assertEquals("state", entries.get(0).tracking().get(0).getField());
        assertEquals(200, entries.get(1).errorCode());
    }

    @Test
    void onlyTheConnectFlowLeavesDisconnected() {
        link.runFailed(failure(LinkState.DISCONNECTED, NextAction.RECONNECT, 102), false, NOW, SCHEDULE);
        link.runFailed(failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 200), false, NOW, SCHEDULE);
        assertEquals(LinkState.DISCONNECTED, link.getState());
        assertEquals(NextAction.RECONNECT, link.getProblemAction(), "a disconnected link always asks to reconnect");
        link.runSucceeded(NOW, SCHEDULE);
        assertEquals(LinkState.DISCONNECTED, link.getState(), "a run never reconnects");
        link.connected(true, NOW, SCHEDULE);
        assertEquals(LinkState.CONNECTED, link.getState());
        assertNull(link.getProblemAction());
    }

    @Test
    void tokensSealedWithAnUnknownKeyWaitForAReconnectToldOnce() {
        link.connected(true, NOW, SCHEDULE);
        List<ChatterEntry> first = link.sealedWithUnknownKey(NOW, SCHEDULE);
        assertEquals(LinkState.ERROR, link.getState());
        assertEquals(NextAction.RECONNECT, link.getProblemAction());
        assertEquals(OnlineLink.SECRET_KEY_CHANGED, link.getProblemMessage());
        assertNull(link.getNextRefresh(), "no automatic run: each would fail the same way");
        assertEquals(List.of(MessageKind.TRACKING, MessageKind.ERROR), first.stream().map(ChatterEntry::kind).toList());
        assertEquals(OnlineLink.SECRET_KEY_CHANGED, first.get(1).body());
        assertEquals(List.of(), link.sealedWithUnknownKey(NOW.plusSeconds(60), SCHEDULE), "told once");
        assertEquals(1, link.getFailureRepeats(), "the repeat counted");
        link.connected(true, NOW.plusSeconds(120), SCHEDULE);
        assertEquals(NOW.plusSeconds(120).plus(Duration.ofHours(12)), link.getNextRefresh(), "the reconnect plans the next run");
    }

    @Test
    void anUnknownKeyLeavesADisconnectedLinkDisconnected() {
        link.disconnected();
        link.sealedWithUnknownKey(NOW, SCHEDULE);
        assertEquals(LinkState.DISCONNECTED, link.getState());
        assertEquals(NextAction.RECONNECT, link.getProblemAction());
    }

    @Test
    void disconnectingSwitchesAutoSyncOffAndSaysSo() {
        List<ChatterEntry> entries = link.disconnected();
        assertFalse(link.isAutoSync());
        assertEquals(List.of("state", "auto_sync"), entries.stream().map(e -> e.tracking().get(0).getField()).toList());
    }

    @Test
    void repeatsOfAnUnattendedFailureAreCountedAndSummedUpOnceADay() {
        LinkFailure down = failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 200);
        assertEquals(2, link.runFailed(down, true, NOW, SCHEDULE).size(), "state change and the error");
        assertEquals(List.of(), link.runFailed(down, true, NOW.plus(Duration.ofHours(1)), SCHEDULE));
        assertEquals(1, link.getFailureRepeats());
        List<ChatterEntry> summary = link.runFailed(down, true, NOW.plus(Duration.ofDays(1)), SCHEDULE);
        assertEquals(1, summary.size());
        assertTrue(summary.get(0).body().contains("repeated 2 more times"), summary.get(0).body());
        assertEquals(1, link.runFailed(failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 100), true, NOW, SCHEDULE).size(),
                "another code is told at once");
    }

    @Test
    void recoveringTellsHowManyRunsFailed() {
        link.runFailed(failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 200), true, NOW, SCHEDULE);
        link.runFailed(failure(LinkState.ERROR, NextAction.FETCH_AGAIN, 200), true, NOW, SCHEDULE);
        List<ChatterEntry> entries = link.runSucceeded(NOW, SCHEDULE);
        assertTrue(entries.get(0).body().startsWith("Synchronization works again after 2 failed runs"), entries.get(0).body());
        assertEquals(LinkState.CONNECTED, link.getState());
        assertEquals(0, link.getFailureCount());
        assertEquals(NOW.plus(Duration.ofHours(12)), link.getNextRefresh());
    }

    @Test
    void aLongProblemIsCutForTheBanner() {
        link.runFailed(new LinkFailure(LinkState.ERROR, false, NextAction.FETCH_AGAIN, 200, "x".repeat(5000), null, null),
                false, NOW, SCHEDULE);
        assertEquals(OnlineLink.PROBLEM_MAX, link.getProblemMessage().length());
    }

    @Test
    void onlyALinkNeverFinishedOlderThanTheLimitIsRemoved() {
        Instant limit = NOW.plus(Duration.ofDays(30));
        assertEquals(UnfinishedRemoval.NONE, link.removalAsUnfinished(limit, true, false), "an account is mapped");
        assertEquals(UnfinishedRemoval.NONE, link.removalAsUnfinished(NOW, false, false), "created exactly at the limit");
        assertEquals(UnfinishedRemoval.NONE, link.removalAsUnfinished(NOW.minusSeconds(1), false, false), "younger");
        assertEquals(UnfinishedRemoval.DELETE, link.removalAsUnfinished(NOW.plusSeconds(1), false, false));
        assertEquals(UnfinishedRemoval.DISCONNECT, link.removalAsUnfinished(limit, false, true), "its runs keep the row");
    }

    @Test
    void aRemovedLinkCallsTheProxyNoMoreAndSaysSinceWhen() {
        link.bindTokens("client-1", "sealed-refresh", "sealed-access");
        link.connected(true, NOW, SCHEDULE);

        List<ChatterEntry> entries = link.removedAsUnfinished(true);

        assertEquals(LinkState.DISCONNECTED, link.getState());
        assertFalse(link.isAutoSync());
        assertNull(link.getClientId());
        assertNull(link.sealedRefreshToken());
        assertNull(link.sealedAccessToken());
        assertNull(link.getNextRefresh());
        ChatterEntry note = entries.get(entries.size() - 1);
        assertEquals(MessageKind.NOTE, note.kind());
        assertEquals("Removed by the clean-up: never finished (no account mapped) since 2026-12-01;"
                + " kept, disconnected, for its run history.", note.body());
        assertEquals(UnfinishedRemoval.NONE, link.removalAsUnfinished(NOW.plus(Duration.ofDays(31)), false, true),
                "a kept link is removed once");
    }

    @Test
    void aDeletedLinkLeavesOneNote() {
        link.connected(true, NOW, SCHEDULE);
        List<ChatterEntry> entries = link.removedAsUnfinished(false);
        assertEquals(List.of(MessageKind.NOTE), entries.stream().map(ChatterEntry::kind).toList());
        assertEquals("Removed by the clean-up: never finished (no account mapped) since 2026-12-01.", entries.get(0).body());
    }

    @Test
    void aRenewalBeforeExpiryKeepsTheLinkConnectedOnItsSchedule() {
        link.connected(true, NOW, SCHEDULE);
        link.setConsentExpiringDate(LocalDate.of(2026, 12, 10));
        link.runSucceeded(NOW.plus(Duration.ofHours(1)), SCHEDULE);
        Instant planned = link.getNextRefresh();

        List<ChatterEntry> renewal = link.connected(true, NOW.plus(Duration.ofHours(2)), SCHEDULE);
        link.setConsentExpiringDate(LocalDate.of(2027, 6, 8));

        assertTrue(renewal.isEmpty(), "no state change to tell: " + renewal);
        assertEquals(LinkState.CONNECTED, link.getState());
        assertTrue(link.isAutoSync());
        assertEquals(planned, link.getNextRefresh(), "the running schedule goes on");
        assertTrue(link.dueConsentReminder(LocalDate.of(2026, 12, 9), Set.of()).isEmpty(), "the new date is far off");
    }

    @Test
    void aDisconnectedLinkIsNotReminded() {
        link.setConsentExpiringDate(LocalDate.of(2026, 12, 10));
        assertEquals(3, link.dueConsentReminder(LocalDate.of(2026, 12, 8), Set.of(15)).orElseThrow().daysBefore());
        link.disconnected();
        assertTrue(link.dueConsentReminder(LocalDate.of(2026, 12, 8), Set.of(15)).isEmpty());
    }

    @Test
    void theFirstAdminToConnectIsTheRenewalContactUntilOneIsChosen() {
        link.connectedBy("admin");
        link.connectedBy("other-admin");
        assertEquals("admin", link.getRenewalContact().orElseThrow().value(), "a reconnect keeps the contact");
        link.configure(null, null, new RenewalContact("owner@example.test"));
        link.connectedBy("admin");
        assertEquals("owner@example.test", link.getRenewalContact().orElseThrow().value());
    }
}
