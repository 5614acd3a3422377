package erp.onlinesync.domain.chatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.application.run.fakes.InMemoryChatterLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chatter's seals: what Verify says of an untouched chain and of each way of tampering with it. */
class ChainVerifierTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:00:00.123456789Z");
    private InMemoryChatterLog log;

    /** @return a fresh log's chain of {@code n} messages of link 7 (another link's message in between) */
    private List<ChatterMessage> written(int n) {
        log = new InMemoryChatterLog();
        for (int i = 1; i <= n; i++) {
            ChatterMessage m = new ChatterMessage("online_link", 7L, "alice", AT.plusSeconds(i), MessageKind.NOTE, "message " + i);
            log.append(i == 2 ? m.track("auto_sync", true, false) : m);
        }
        log.append(new ChatterMessage("online_link", 8L, "bob", AT, MessageKind.NOTE, "another link's chain"));
        return new ArrayList<>(log.of("online_link", 7L, 0, 100));
    }

    private ChainCheck verify(List<ChatterMessage> messages) {
        ChainVerifier verifier = new ChainVerifier();
        messages.forEach(verifier::accept);
        return verifier.result(log.head("online_link", 7L));
    }

    @Test
    void anUntouchedChainIsOkWithItsCount() {
        List<ChatterMessage> messages = written(4);
        assertEquals(new ChainCheck(true, 4, null, null), verify(messages));
        assertNull(messages.get(0).getPreviousHash());
        assertEquals(messages.get(0).getHash(), messages.get(1).getPreviousHash());
        assertEquals(new ChainCheck(true, 0, null, null), new ChainVerifier().result(ChainHead.EMPTY), "no message yet");
    }

    @Test
    void anEditedBodyAuthorOrTrackedChangeIsNamed() {
        for (String field : List.of("body", "author")) {
            List<ChatterMessage> messages = written(4);
            Ids.set(messages.get(2), field, "forged");
            ChainCheck check = verify(messages);
            assertFalse(check.ok());
            assertEquals(messages.get(2).getId(), check.firstBrokenId(), field);
            assertEquals(4, check.count());
            assertTrue(check.reason().contains("content was changed"), check.reason());
        }
        List<ChatterMessage> messages = written(3);
        Ids.set(messages.get(1).getTracking().get(0), "newValue", "true");
        assertEquals(messages.get(1).getId(), verify(messages).firstBrokenId(), "a tracked change's new value");
    }

    @Test
    void aRemovedOrInsertedMessageBreaksTheChainAtTheNextOne() {
        List<ChatterMessage> messages = written(4);
        ChatterMessage removed = messages.remove(1);
        assertEquals(messages.get(1).getId(), verify(messages).firstBrokenId());
        assertNotEquals(removed.getId(), verify(messages).firstBrokenId());

        List<ChatterMessage> more = written(3);
        ChatterMessage planted = Ids.withId(new ChatterMessage("online_link", 7L, "mallory", AT, MessageKind.NOTE, "planted"), 99);
        more.add(1, planted);
        assertEquals(99L, verify(more).firstBrokenId(), "a message without a seal");
    }

    @Test
    void removingTheNewestMessagesIsSeenThroughTheHead() {
        List<ChatterMessage> messages = written(4);
        messages.remove(3);
        ChainCheck check = verify(messages);
        assertFalse(check.ok());
        assertNull(check.firstBrokenId());
        assertEquals(3, check.count());
        assertTrue(check.reason().contains("4 messages were written but 3"), check.reason());
    }

    @Test
    void theSealCoversTheTimeAsTheDatabaseKeepsItAndIsSetOnce() {
        ChatterMessage m = written(1).get(0);
        assertEquals(AT.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS), m.getCreatedAt());
        assertThrows(IllegalStateException.class, () -> m.chainTo(null));
        assertThrows(IllegalStateException.class,
                () -> new ChatterMessage("online_link", 7L, "a", AT, MessageKind.NOTE, "no id yet").chainTo(null));
    }
}
