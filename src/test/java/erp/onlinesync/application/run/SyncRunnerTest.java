package erp.onlinesync.application.run;

import static erp.onlinesync.application.run.fakes.Engine.ACCOUNT;
import static erp.onlinesync.application.run.fakes.Engine.START;
import static erp.onlinesync.application.run.fakes.Engine.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.ScriptedProxy;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.run.RunClaim;
import erp.onlinesync.domain.run.RunOutcome;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run engine's decisions, driven through in-memory fakes of its ports and of the proxy: no container. */
class SyncRunnerTest {

    private final Engine engine = new Engine();

    private static ProxyException proxyError(int code, String mode, Instant retryAfter) {
        return new ProxyException(ProxyFailure.ofCode(code), code, "technical", "The bank says no", "REF-" + code, mode,
                retryAfter);
    }

    @Test
    void aPageSentTwiceAndARunDoneTwiceImportNothingTwice() {
        var page = List.of(tx("t1", "2026-11-20", "10.00"), tx("t2", "2026-11-21", "-2.50"));
        engine.proxy.posted(ACCOUNT, List.of(page, page, List.of(tx("t3", "2026-11-22", "1.00")))).balance(ACCOUNT, "8.50");

        SyncRun first = engine.run(RunTrigger.MANUAL);
        assertEquals(RunState.DONE, first.getState());
        assertEquals(3, first.getImported());
        assertEquals(2, first.getSkippedDuplicates(), "the resent page");

        engine.clock.advance(Duration.ofHours(13));
        SyncRun second = engine.run(RunTrigger.TIMER);
        assertEquals(RunState.DONE, second.getState());
        assertEquals(0, second.getImported());
        assertEquals(3, engine.lines.linesOf(engine.account.getId()).size());
        assertEquals(new BigDecimal("8.50"), engine.lines.sum(engine.account.getId()));
    }

    @Test
    void theRunsMessageSaysWhoRanItWhatItCountedAndWhichStatementsItTouched() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-10-30", "10.00"), tx("t2", "2026-11-02", "-2.50"))))
                .balance(ACCOUNT, "7.50");
        engine.run(RunTrigger.MANUAL);
        ChatterMessage done = engine.chatterLog.ofKind(MessageKind.RUN).get(0);
        String code = engine.account.getJournal().getCode();
        assertTrue(done.getBody().endsWith("2 transactions imported, 0 already imported, 0 pending kept apart; statements touched: "
                + code + " 2026-10, " + code + " 2026-11."), done.getBody());
        assertEquals(engine.clock.instant(), done.getCreatedAt());

        engine.clock.advance(Duration.ofHours(13));
        engine.run(RunTrigger.TIMER);
        ChatterMessage again = engine.chatterLog.ofKind(MessageKind.RUN).get(1);
        assertFalse(again.getBody().contains("statements touched"), "nothing new, no statement touched: " + again.getBody());
    }

    @Test
    void monitoringCountsEachEndOnceWithItsCountsAndAPauseNotAtAll() {
        var page = List.of(tx("t1", "2026-11-20", "10.00"), tx("t2", "2026-11-21", "-2.50"));
        engine.proxy.posted(ACCOUNT, List.of(page, page)).balance(ACCOUNT, "7.50");
        engine.run(RunTrigger.MANUAL);
        assertEquals(List.of(new RunOutcome(RunTrigger.MANUAL, RunState.DONE, Duration.ZERO, 2, 2, null)), engine.metrics.ended);

        engine.clock.advance(Duration.ofHours(13));
        Instant retryAfter = engine.clock.instant().plus(Duration.ofHours(6));
        engine.proxy.failNext(proxyError(202, null, retryAfter));
        SyncRun paused = engine.run(RunTrigger.TIMER);
        assertEquals(1, engine.metrics.ended.size(), "a run paused for the quota has not ended");

        engine.clock.set(retryAfter);
        engine.proxy.failNext(proxyError(100, null, null));
        engine.runner("node-b").execute(paused.getId(), true);
        assertEquals(2, engine.metrics.ended.size());
        RunOutcome failed = engine.metrics.ended.get(1);
        assertEquals(RunState.FAILED, failed.state());
        assertEquals(RunTrigger.TIMER, failed.trigger());
        assertEquals(100, failed.errorCode());
        assertEquals(Duration.ofHours(6), failed.took());
    }

    @Test
    void theNextListingStartsAtTheNewestImportedLessTheOverlap() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")))).balance(ACCOUNT, "10.00");
        engine.run(RunTrigger.MANUAL);
        engine.run(RunTrigger.MANUAL);
        var postedQueries = engine.proxy.queries().stream().filter(q -> q.status().name().equals("POSTED")).toList();
        assertNull(postedQueries.get(0).startDate(), "nothing imported, no start date chosen: all history");
        assertEquals("2026-11-18", postedQueries.get(1).startDate().toString(), "20 + 1 - 3 days");
        assertEquals("t1", postedQueries.get(1).lastTransactionIdentifier());
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource({
        "100, , FAILED, ERROR, true, FETCH_AGAIN",
        "102, , FAILED, DISCONNECTED, true, RECONNECT",
        "104, , FAILED, DISCONNECTED, true, RECONNECT",
        "200, , FAILED, ERROR, true, FETCH_AGAIN",
        "201, , DONE, CONNECTED, false, ",
        "202, , WAITING, CONNECTED, true, ",
        "300, reconnect, FAILED, ERROR, true, RECONNECT",
        "300, updateCredentials, FAILED, ERROR, true, UPDATE_CREDENTIALS",
        "400, , FAILED, CONNECTED, true, FETCH_AGAIN",
    })
    void eachErrorCodeHasItsEffectOnRunAndLink(int code, String mode, RunState run, LinkState link, boolean autoSync,
            NextAction action) {
        engine.proxy.failNext(proxyError(code, mode, null));
        SyncRun r = engine.run(RunTrigger.MANUAL);
        assertEquals(run, r.getState());
        assertEquals(code, r.getErrorCode());
        assertEquals(link, engine.link.getState());
        assertEquals(autoSync, engine.link.isAutoSync());
        assertEquals(action, engine.link.getProblemAction());
        assertTrue(engine.chatterLog.ofKind(MessageKind.ERROR).stream().anyMatch(m -> m.getErrorCode() == code
                && ("REF-" + code).equals(m.getErrorReference())), "the error is told with its reference");
    }

    @Test
    void transportFaultsAndMalformedAnswersPutTheLinkInErrorAndWriteNothing() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")))).balance(ACCOUNT, "10.00");
        for (ProxyFailure f : List.of(ProxyFailure.TRANSPORT, ProxyFailure.MALFORMED_ANSWER)) {
            engine.proxy.failNext(ScriptedProxy.ANSWER, ProxyException.of(f, "x")); // refresh answers, the first page fails
            SyncRun r = engine.run(RunTrigger.MANUAL);
            assertEquals(RunState.FAILED, r.getState(), f.name());
            assertEquals(LinkState.ERROR, engine.link.getState());
            assertEquals(0, engine.lines.linesOf(engine.account.getId()).size());
        }
        engine.run(RunTrigger.MANUAL);
        assertEquals(LinkState.CONNECTED, engine.link.getState(), "the next good run reconnects");
        assertNull(engine.link.getProblemAction());
    }

    @Test
    void aFirstRunThatFailsIsRetriedAfterTheBackoff() {
        engine.proxy.failNext(proxyError(200, null, null));
        engine.run(RunTrigger.CONNECT);
        assertEquals(START.plus(Duration.ofMinutes(15)), engine.link.getNextRefresh());
        assertEquals(List.of(), engine.store.dueLinks(100), "not before the backoff");
        engine.clock.advance(Duration.ofMinutes(15));
        assertEquals(List.of(engine.link.getId()), engine.store.dueLinks(100));
    }

    @Test
    void consecutiveFailuresBackOffFifteenMinutesOneHourFourHoursThenTheInterval() {
        Duration[] expected = {Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12),
            Duration.ofHours(12)};
        for (Duration wait : expected) {
            engine.proxy.failNext(proxyError(200, null, null));
            engine.run(RunTrigger.TIMER);
            assertEquals(engine.clock.instant().plus(wait), engine.link.getNextRefresh());
            engine.clock.set(engine.link.getNextRefresh());
        }
        engine.run(RunTrigger.TIMER);
        assertEquals(engine.clock.instant().plus(Duration.ofHours(12)), engine.link.getNextRefresh(), "recovered");
        assertEquals(0, engine.link.getFailureCount());
    }

    @Test
    void theProvidersRetryAfterComesBeforeTheBackoff() {
        Instant retryAfter = START.plus(Duration.ofHours(3));
        engine.proxy.failNext(proxyError(200, null, retryAfter));
        engine.run(RunTrigger.TIMER);
        assertEquals(retryAfter, engine.link.getNextRefresh(), "not the 15 minutes of the first backoff");
    }

    @Test
    void aQuotaWaitsUntilItsRetryAfterAndNoCallGoesOutBefore() {
        Instant retryAfter = START.plus(Duration.ofHours(6));
        engine.proxy.failNext(proxyError(202, null, retryAfter));
        SyncRun run = engine.run(RunTrigger.TIMER);
        assertEquals(RunState.WAITING, run.getState());
        assertEquals(retryAfter, run.getResumeAt());
        assertEquals(retryAfter, engine.link.getQuotaWaitUntil());
        int calls = engine.proxy.contexts().size();
        engine.clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), engine.store.resumableRuns(Duration.ofMinutes(2), 10));
        engine.clock.set(retryAfter);
        engine.runner("node-b").execute(run.getId(), true);
        assertEquals(RunState.DONE, run.getState());
        assertTrue(engine.proxy.contexts().size() > calls);
    }

    @Test
    void aLongRetryAfterOfA429PausesTheRunInsteadOfFailingIt() {
        Instant retryAfter = START.plus(Duration.ofMinutes(30));
        engine.proxy.failNext(new ProxyException(ProxyFailure.TRANSPORT, -1, "HTTP 429", null, null, null, retryAfter));
        SyncRun run = engine.run(RunTrigger.MANUAL);
        assertEquals(RunState.WAITING, run.getState());
        assertEquals(retryAfter, run.getResumeAt());
        assertEquals(LinkState.CONNECTED, engine.link.getState());
        assertEquals(retryAfter, engine.link.getQuotaWaitUntil());
    }

    @Test
    void repeatedUnattendedFailuresAreToldOnceThenSummedUpDailyAndAtRecovery() {
        for (int i = 0; i < 8; i++) { // every 4 hours: the seventh is a day after the first
            engine.proxy.failNext(proxyError(200, null, null));
            engine.run(RunTrigger.TIMER);
            engine.clock.advance(Duration.ofHours(4));
        }
        List<ChatterMessage> errors = engine.chatterLog.ofKind(MessageKind.ERROR);
        assertEquals(2, errors.size(), "the first failure, then one summary after a day");
        assertTrue(errors.get(1).getBody().contains("repeated"), errors.get(1).getBody());
        engine.run(RunTrigger.TIMER);
        assertTrue(engine.chatterLog.ofKind(MessageKind.RUN).stream().anyMatch(m -> m.getBody().contains("works again after 8")));
    }

    @Test
    void aPersonsFailedFetchIsAlwaysTold() {
        for (int i = 0; i < 3; i++) {
            engine.proxy.failNext(proxyError(200, null, null));
            engine.run(RunTrigger.MANUAL);
        }
        assertEquals(3, engine.chatterLog.ofKind(MessageKind.ERROR).size());
    }

    @Test
    void aRunnerWhoseClaimWasTakenOverWritesNothingMoreAndTheBalanceIsBroughtInOnce() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")), List.of(tx("t2", "2026-11-21", "5.00")),
                List.of(tx("t3", "2026-11-22", "1.00")))).balance(ACCOUNT, "100.00");
        SyncRun run = engine.store.create(engine.link.getId(), RunTrigger.MANUAL, "alice");
        SyncRunner slow = engine.runner("node-a");
        Optional<RunClaim>[] taken = new Optional[1];
        engine.proxy.beforePostedPage(page -> {
            if (page == 2 && taken[0] == null) {
                // node-a hangs past its lease while page 3 is on its way, before page 2 is written: node-b takes the run over
                engine.clock.advance(slow.lease(null).plusSeconds(1));
                taken[0] = engine.store.claim(run.getId(), "node-b", slow.lease(null));
            }
        });
        slow.execute(run.getId(), false);

        assertTrue(taken[0].isPresent(), "the expired lease was taken over");
        assertEquals(RunState.RUNNING, run.getState(), "node-a did not end the run");
        assertEquals("node-b", run.getClaimedBy());
        assertEquals(List.of("t1"), engine.lines.linesOf(engine.account.getId()).stream().map(NewLine::onlineId).toList(),
                "node-a's page 2 was refused");
        assertEquals(1, run.getImported());

        engine.proxy.beforePostedPage(page -> { });
        engine.clock.advance(slow.lease(null).plusSeconds(1)); // node-b died too: a third node resumes from the cursor
        engine.runner("node-c").execute(run.getId(), true);
        assertEquals(RunState.DONE, run.getState());
        assertEquals(3, run.getImported());
        assertEquals(List.of("t1", "t2", "t3", "opening-balance"),
                engine.lines.linesOf(engine.account.getId()).stream().map(NewLine::onlineId).toList());
        assertEquals(1, engine.lines.openingWrites(), "the opening balance is applied once");
        assertEquals(new BigDecimal("100.00"), engine.lines.sum(engine.account.getId()));
    }

    @Test
    void theNextPageIsAskedBeforeTheCurrentOneIsWrittenAndAFailedWriteLosesNothing() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")), List.of(tx("t2", "2026-11-21", "5.00")),
                List.of(tx("t3", "2026-11-22", "1.00")))).balance(ACCOUNT, "16.00");
        List<Integer> writtenWhenAsked = new ArrayList<>();
        engine.proxy.beforePostedPage(page -> writtenWhenAsked.add(engine.lines.linesOf(engine.account.getId()).size()));
        engine.lines.failPageWrite(2); // the third page's write fails: the run fails with pages 1 and 2 kept
        SyncRun failed = engine.run(RunTrigger.MANUAL);
        assertEquals(List.of(0, 0, 1), writtenWhenAsked, "each page asked while the one before was not written yet");
        assertEquals(RunState.FAILED, failed.getState());
        assertEquals(List.of("t1", "t2"), engine.lines.linesOf(engine.account.getId()).stream().map(NewLine::onlineId).toList());

        SyncRun again = engine.run(RunTrigger.MANUAL);
        assertEquals(RunState.DONE, again.getState());
        assertEquals(List.of("t1", "t2", "t3"),
                engine.lines.linesOf(engine.account.getId()).stream().map(NewLine::onlineId).toList(), "nothing twice");
    }

    @Test
    void theLeaseIsRenewedBeforeEveryProxyCall() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")), List.of(tx("t2", "2026-11-21", "5.00"))))
                .balance(ACCOUNT, "15.00");
        SyncRun run = engine.store.create(engine.link.getId(), RunTrigger.MANUAL, "alice");
        SyncRunner runner = engine.runner("node-a");
        Instant[] leaseAtCall = new Instant[2];
        engine.proxy.beforePostedPage(page -> {
            engine.clock.advance(Duration.ofMinutes(5));
            leaseAtCall[page] = run.getLeaseUntil();
        });
        runner.execute(run.getId(), false);
        assertEquals(RunState.DONE, run.getState());
        // each call starts with a full lease ahead, although the previous call took 5 minutes
        assertFalse(leaseAtCall[1].isBefore(engine.clock.instant().minus(Duration.ofMinutes(5)).plus(runner.lease(null))));
    }

    @Test
    void aProxyThatNeverEndsItsPagesEndsAsAFailedRun() {
        var endless = new java.util.ArrayList<List<erp.onlinesync.domain.proxy.ProxyTransaction>>();
        for (int i = 0; i <= SyncRunner.MAX_PAGES; i++) {
            endless.add(List.of());
        }
        engine.proxy.posted(ACCOUNT, endless).balance(ACCOUNT, "0");
        SyncRun run = engine.run(RunTrigger.MANUAL);
        assertEquals(RunState.FAILED, run.getState());
        assertTrue(run.getMessage().contains("pages"), run.getMessage());
    }

    @Test
    void aHugeErrorMessageEndsAsACleanFailedRun() {
        engine.proxy.failNext(new ProxyException(ProxyFailure.PROVIDER_UNAVAILABLE, 200, "t", "x".repeat(5_000),
                "R".repeat(500), null, null));
        SyncRun run = engine.run(RunTrigger.MANUAL);
        assertEquals(RunState.FAILED, run.getState());
        assertEquals(ProxyException.USER_MESSAGE_MAX, run.getMessage().length(), "cut at the border");
        assertEquals(ProxyException.ERROR_REFERENCE_MAX, run.getErrorReference().length());
        ChatterMessage error = engine.chatterLog.ofKind(MessageKind.ERROR).get(0);
        assertTrue(error.getBody().startsWith("x".repeat(ProxyException.USER_MESSAGE_MAX) + " "), "message and advice");
        assertEquals(ProxyException.ERROR_REFERENCE_MAX, error.getErrorReference().length());
        assertEquals(LinkState.ERROR, engine.link.getState());
    }

    @Test
    void aRunNeverReconnectsADisconnectedLink() {
        engine.proxy.failNext(proxyError(102, null, null));
        engine.run(RunTrigger.MANUAL);
        assertEquals(LinkState.DISCONNECTED, engine.link.getState());
        assertEquals(List.of(), engine.store.dueLinks(10));
    }
}
