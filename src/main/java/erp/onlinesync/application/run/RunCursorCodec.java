package erp.onlinesync.application.run;

import erp.onlinesync.domain.run.RunCursor;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

/** Writes a {@link RunCursor} as the JSON text kept in {@code sync_run.run_cursor}, and reads it back. */
final class RunCursorCodec {

    /** Looked up once: {@code Json.createObjectBuilder()} looks the provider up anew at every call, once per page. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RunCursorCodec() {
    }

    static String encode(RunCursor c) {
        if (c == null) {
            return null;
        }
        JsonObjectBuilder b = JSON.createObjectBuilder().add("phase", c.phase().name());
        addNullable(b, "account_id", c.accountId() == null ? null : JSON.createValue(c.accountId()));
        addNullable(b, "next_data", c.nextData() == null ? null : JSON.createValue(c.nextData()));
        addNullable(b, "start_date", c.startDate() == null ? null : JSON.createValue(c.startDate().toString()));
        addNullable(b, "last_transaction_id", c.lastTransactionId() == null ? null : JSON.createValue(c.lastTransactionId()));
        addNullable(b, "waiting_since", c.waitingSince() == null ? null : JSON.createValue(c.waitingSince().toString()));
        return b.build().toString();
    }

    static RunCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonObject o = JSON.createReader(new StringReader(text)).readObject();
        return new RunCursor(o.isNull("account_id") ? null : o.getJsonNumber("account_id").longValue(),
                RunCursor.Phase.valueOf(o.getString("phase")), string(o, "next_data"),
                string(o, "start_date") == null ? null : LocalDate.parse(o.getString("start_date")),
                string(o, "last_transaction_id"),
                string(o, "waiting_since") == null ? null : Instant.parse(o.getString("waiting_since")));
    }

    private static void addNullable(JsonObjectBuilder b, String name, JsonValue value) {
        b.add(name, value == null ? JsonValue.NULL : value);
    }

    private static String string(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
    }
}
