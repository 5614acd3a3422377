package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.interfaces.rest.JsonConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message as the API writes it: the contract's names, the kind in lower case, tracking as old and new. */
class MessageViewTest {

    @Test
    void writesTheContractsMessage() {
        ChatterMessage m = new ChatterMessage("online_link", 7L, "admin", Instant.parse("2026-11-30T10:15:30Z"),
                MessageKind.TRACKING, "Synchronization settings changed").track("auto_sync", true, false)
                .withError(null, null);
        JsonObject json = Json.createReader(new StringReader(new JsonConfig().getContext(MessageView.class)
                .toJson(List.of(MessageView.of(m))))).readArray().getJsonObject(0);

        assertEquals("tracking", json.getString("kind"));
        assertEquals("admin", json.getString("author"));
        assertTrue(json.getString("created_at").startsWith("2026-11-30T10:15:30"), json.toString());
        assertTrue(json.isNull("error_code") && json.isNull("error_reference") && json.isNull("id"), "nulls are written");
        JsonObject change = json.getJsonArray("tracking").getJsonObject(0);
        assertEquals("auto_sync", change.getString("field"));
        assertEquals("true", change.getString("old"));
        assertEquals("false", change.getString("new"));
        assertEquals(3, change.size(), change.toString());
    }
}
