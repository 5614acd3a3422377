package erp.onlinesync.application.run;

import static erp.onlinesync.application.run.fakes.Engine.ACCOUNT;
import static erp.onlinesync.application.run.fakes.Engine.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.FakeSealer;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.RetrySchedule;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.shared.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key rotation as the engine meets it: tokens sealed with an old key open and are sealed again with the
 * new one, told once; tokens sealed with a key the module lost put the link in error once, and no
 * scheduled pass tries it again until a reconnect.
 */
class KeyRotationTest {

    private final Engine engine = new Engine();

    @BeforeEach
    void aBankWithOneTransaction() {
        engine.proxy.posted(ACCOUNT, List.of(List.of(tx("t1", "2026-11-20", "10.00")))).balance(ACCOUNT, "10.00");
    }

    @Test
    void tokensSealedWithAnOldKeyOpenAndAreSealedAgainWithTheNewOneToldOnce() {
        engine.bindTokens(FakeSealer.OLD);

        assertEquals(RunState.DONE, engine.run(RunTrigger.TIMER).getState());
        assertEquals(Secret.of(Engine.REFRESH_TOKEN), engine.proxy.sessions().get(0).refreshToken(), "the old key opened it");
        assertEquals(Secret.of(Engine.ACCESS_TOKEN), engine.proxy.sessions().get(0).accessToken());
        assertEquals(FakeSealer.sealedWith(FakeSealer.CURRENT, Engine.REFRESH_TOKEN, OnlineLink.refreshTokenPlace(engine.link.getId())),
                engine.link.sealedRefreshToken(), "sealed again with the new key, for its own place");
        assertEquals(FakeSealer.sealedWith(FakeSealer.CURRENT, Engine.ACCESS_TOKEN, OnlineLink.accessTokenPlace(engine.link.getId())),
                engine.link.sealedAccessToken());
        assertEquals(1, resealNotes(), "the chatter tells of the key rotation");

        engine.clock.advance(Duration.ofHours(13));
        assertEquals(RunState.DONE, engine.run(RunTrigger.TIMER).getState());
        assertEquals(1, resealNotes(), "once: the next run finds them sealed with the new key");
    }

    @Test
    void aRenewedAccessTokenIsSealedWithTheNewKeyForItsColumn() {
        engine.bindTokens(FakeSealer.OLD);
        engine.sessions().open(engine.link).renewAccessToken(Secret.of("access-token-2"));
        assertEquals(FakeSealer.sealedWith(FakeSealer.CURRENT, "access-token-2", OnlineLink.accessTokenPlace(engine.link.getId())),
                engine.link.sealedAccessToken());
    }

    @Test
    void tokensChangedSinceTheyWereReadAreNotOverwrittenByTheReseal() {
        LinkSessions sessions = engine.sessions();
        String renewed = engine.link.sealedAccessToken();
        sessions.storeResealed(engine.link.getId(), engine.link.sealedRefreshToken(), "the value read before a renewal", "resealed-r",
                "resealed-a");
        assertEquals(renewed, engine.link.sealedAccessToken(), "the renewal wins");
        assertEquals(0, resealNotes(), "nothing re-sealed, nothing told");
    }

    @Test
    void anUnknownKeyPutsTheLinkInErrorOnceAndNoScheduledPassRetriesIt() {
        engine.bindTokens("a-lost-key");

        SyncRun run = engine.run(RunTrigger.TIMER);
        assertEquals(RunState.FAILED, run.getState());
        assertEquals(OnlineLink.SECRET_KEY_CHANGED, run.getMessage());
        assertEquals(LinkState.ERROR, engine.link.getState());
        assertEquals(NextAction.RECONNECT, engine.link.getProblemAction());
        assertEquals("The module's secret key changed: reconnect.", engine.link.getProblemMessage());
        assertEquals(List.of(), engine.proxy.contexts(), "no proxy call without tokens");
        assertEquals(1, keyErrors(), "told once");

        for (int minute = 1; minute <= 3; minute++) {
            engine.clock.advance(Duration.ofMinutes(1));
            assertEquals(List.of(), engine.store.dueLinks(100), "no retry every minute");
        }
        engine.clock.advance(Duration.ofDays(7));
        assertEquals(List.of(), engine.store.dueLinks(100), "nor later: each run would fail the same way");

        assertEquals(RunState.FAILED, engine.run(RunTrigger.MANUAL).getState(), "a person's fetch fails the same way");
        assertEquals(1, keyErrors(), "and is not told again");
        assertEquals(2, engine.link.getFailureCount());
    }

    @Test
    void aReconnectAfterTheKeyChangedPlansTheNextRunAndItGoesThrough() {
        engine.bindTokens("a-lost-key");
        engine.run(RunTrigger.TIMER);

        engine.bindTokens(FakeSealer.CURRENT);
        engine.link.connected(true, engine.clock.instant(), new RetrySchedule(Engine.interval(), RetrySchedule.DEFAULT_BACKOFF));
        engine.clock.advance(Engine.interval());
        assertEquals(List.of(engine.link.getId()), engine.store.dueLinks(100), "planned again by the reconnect");
        assertEquals(RunState.DONE, engine.run(RunTrigger.TIMER).getState());
        assertEquals(LinkState.CONNECTED, engine.link.getState());
        assertFalse(engine.chatterLog.ofKind(MessageKind.RUN).isEmpty());
    }

    private long resealNotes() {
        return engine.chatterLog.ofKind(MessageKind.NOTE).stream().map(ChatterMessage::getBody)
                .filter(b -> b.startsWith("Key rotation:")).count();
    }

    private long keyErrors() {
        List<ChatterMessage> errors = engine.chatterLog.ofKind(MessageKind.ERROR);
        assertTrue(errors.stream().allMatch(m -> m.getErrorCode() == OnlineLink.SECRET_KEY_CHANGED_CODE), errors.toString());
        return errors.stream().filter(m -> m.getBody().equals(OnlineLink.SECRET_KEY_CHANGED)).count();
    }
}
