package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import erp.onlinesync.domain.shared.Installation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copied database, neutralized, makes no proxy call until an admin reconnects its links. */
class NeutralizationTest {

    private final Engine engine = new Engine();
    private final Neutralization neutralization = new Neutralization();
    private final List<String> ids = new ArrayList<>(List.of("original"));

    NeutralizationTest() {
        ChatterService chatter = new ChatterService();
        Ids.set(chatter, "log", engine.chatterLog);
        Ids.set(chatter, "clock", engine.clock);
        Ids.set(neutralization, "links", engine.links);
        Ids.set(neutralization, "chatter", chatter);
        Ids.set(neutralization, "installation", new Installation() {
            @Override
            public String id() {
                return ids.get(ids.size() - 1);
            }

            @Override
            public String renew() {
                ids.add("copy-" + ids.size());
                return id();
            }
        });
    }

    @Test
    void theLinksAreDisconnectedWithoutTokensAndTheInstallationGetsANewId() {
        assertEquals(1, neutralization.neutralize("admin"));

        assertEquals(LinkState.DISCONNECTED, engine.link.getState());
        assertFalse(engine.link.isAutoSync());
        assertNull(engine.link.getClientId());
        assertNull(engine.link.sealedRefreshToken());
        assertNull(engine.link.sealedAccessToken());
        assertEquals(List.of("original", "copy-1"), ids);
        ChatterMessage note = engine.chatterLog.ofKind(MessageKind.NOTE).get(0);
        assertTrue(note.getBody().contains("neutralized"), note.getBody());
        assertEquals("admin", note.getAuthor());
    }

    @Test
    void thousandsOfLinksAreNeutralizedASliceAtATimeInTheSameTransaction() {
        int more = 2 * Neutralization.SLICE + 4;
        for (int i = 0; i < more; i++) {
            engine.links.add(new OnlineLink(engine.link.getCompany(), "Link " + i, "sbx", "Sandbox Bank", "ponto", engine.clock.instant()));
        }
        assertEquals(more + 1, neutralization.neutralize("admin"));

        assertTrue(engine.links.all().stream().allMatch(l -> l.getState() == LinkState.DISCONNECTED));
        assertEquals(more + 1, engine.chatterLog.ofKind(MessageKind.NOTE).size(), "one message a link");
        assertEquals(3, engine.links.releases(), "what was loaded is let go of after each slice of " + Neutralization.SLICE);
    }

    @Test
    void aNeutralizedDatabaseMakesNoProxyCall() {
        SyncRun queuedBefore = engine.store.create(engine.link.getId(), RunTrigger.TIMER, null);
        neutralization.neutralize("admin");

        engine.runner("node-a").execute(queuedBefore.getId(), true);
        engine.clock.advance(Engine.interval().multipliedBy(3));

        assertEquals(List.of(), engine.store.dueLinks(10), "no automatic run is due");
        assertEquals("link-disconnected", assertThrows(BadRequestException.class,
                () -> engine.store.create(engine.link.getId(), RunTrigger.MANUAL, "alice")).code());
        assertEquals(List.of(), engine.proxy.contexts(), "the proxy was never called");
    }
}
