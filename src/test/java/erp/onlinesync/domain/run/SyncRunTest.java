package erp.onlinesync.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.link.OnlineLink;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The run's claims: who may take it, and that a taken-over claim can change nothing. */
class SyncRunTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static SyncRun run() throws ReflectiveOperationException {
        SyncRun run = new SyncRun(new OnlineLink(null, "Bank", "b", "Bank", "ponto", NOW), RunTrigger.MANUAL, "alice", NOW);
        Field id = SyncRun.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(run, 7L);
        return run;
    }

    @Test
    void aQueuedRunIsClaimedOnceUntilItsLeaseRunsOut() throws Exception {
        SyncRun run = run();
        assertTrue(run.isClaimable(NOW));
        RunClaim a = run.claim("node-a", "token-a", NOW.plus(Duration.ofMinutes(10)), NOW);
        assertFalse(run.isClaimable(NOW.plus(Duration.ofMinutes(9))));
        assertThrows(IllegalStateException.class, () -> run.claim("node-b", "token-b", NOW, NOW));
        assertTrue(run.isClaimable(NOW.plus(Duration.ofMinutes(11))), "a dead node's run is taken over");
        RunClaim b = run.claim("node-b", "token-b", NOW.plus(Duration.ofMinutes(21)), NOW.plus(Duration.ofMinutes(11)));
        assertFalse(run.isHeldBy(a));
        assertTrue(run.isHeldBy(b));
        assertEquals("node-b", run.getClaimedBy());
    }

    @Test
    void aTakenOverClaimCanNeitherWriteNorEndTheRun() throws Exception {
        SyncRun run = run();
        RunClaim a = run.claim("node-a", "token-a", NOW.plusSeconds(60), NOW);
        RunClaim b = run.claim("node-b", "token-b", NOW.plusSeconds(600), NOW.plusSeconds(61));
        assertThrows(ClaimLostException.class, () -> run.moveCursor(a, "{}"));
        assertThrows(ClaimLostException.class, () -> run.renewLease(a, NOW.plusSeconds(900)));
        assertThrows(ClaimLostException.class, () -> run.complete(a, NOW, null));
        assertThrows(ClaimLostException.class, () -> run.pause(a, NOW, "x"));
        run.complete(b, NOW.plusSeconds(62), null);
        assertEquals(RunState.DONE, run.getState());
        assertNull(run.getClaimToken());
        assertThrows(ClaimLostException.class, () -> run.fail(b, RunState.FAILED, NOW, 200, null, "x"), "an ended run");
    }

    @Test
    void aWaitingRunIsClaimedWhenItsTimeComes() throws Exception {
        SyncRun run = run();
        RunClaim a = run.claim("node-a", "token-a", NOW.plusSeconds(60), NOW);
        run.pause(a, NOW.plusSeconds(300), "gathering data");
        assertFalse(run.isClaimable(NOW.plusSeconds(299)));
        assertTrue(run.isClaimable(NOW.plusSeconds(300)));
        assertThrows(ClaimLostException.class, () -> run.moveCursor(a, "{}"), "pausing gives the claim up");
    }

    @Test
    void whatAFailureRecordsIsCutToItsColumns() throws Exception {
        SyncRun run = run();
        RunClaim a = run.claim("node-a", "token-a", NOW.plusSeconds(60), NOW);
        run.fail(a, RunState.FAILED, NOW, 200, "r".repeat(900), "m".repeat(9000));
        assertEquals(SyncRun.MESSAGE_MAX, run.getMessage().length());
        assertEquals(SyncRun.REFERENCE_MAX, run.getErrorReference().length());
    }
}
