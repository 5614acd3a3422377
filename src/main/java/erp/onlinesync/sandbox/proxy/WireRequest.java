package erp.onlinesync.sandbox.proxy;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A call's body {@code {"data": {...}, "utils": {...}}}, parsed from the raw text (which the signature
 * covers). Every malformed part is a {@link ErrorCode#BAD_REQUEST}: for a client of the contract, a bug.
 */
public record WireRequest(JsonObject data, JsonObject utils) {

    private static final String DATA = "data";
    private static final String UTILS = "utils";

    /** @throws SandboxError 400 when the body is not such an object */
    public static WireRequest parse(String rawBody) {
        JsonObject body;
        try (var reader = WireJson.READERS.createReader(new StringReader(rawBody == null ? "" : rawBody))) {
            body = reader.readObject();
        } catch (JsonParsingException e) {
            throw SandboxError.badRequest("the body is not a JSON object");
        } catch (JsonException | IllegalStateException e) {
            throw SandboxError.badRequest("the body is empty or not a JSON object");
        }
        return new WireRequest(object(body, DATA), object(body, UTILS));
    }

    /** @return the string field of {@code data}, null when absent or null */
    public String text(String name) {
        JsonValue value = data.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw SandboxError.badRequest("data." + name + " must be a string");
    }

    /** @return the date field of {@code data} (YYYY-MM-DD), null when absent or null */
    public LocalDate date(String name) {
        String text = text(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw SandboxError.badRequest("data." + name + " must be a YYYY-MM-DD date");
        }
    }

    /** @return the integer field of {@code data}, or {@code fallback} when absent or null */
    public int integer(String name, int fallback) {
        JsonValue value = data.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        throw SandboxError.badRequest("data." + name + " must be an integer");
    }

    /** @return where {@code data.next_data} says the page starts, empty for a first page */
    public Optional<Long> nextOffset() {
        JsonValue value = data.get("next_data");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonObject next && next.get(WireJson.NEXT_OFFSET) instanceof JsonNumber offset
                && offset.isIntegral() && offset.longValue() >= 0) {
            return Optional.of(offset.longValue());
        }
        throw SandboxError.badRequest("data.next_data is not one this proxy sent");
    }

    /** @return whether {@code utils.cron} says no person asked for this call */
    public boolean cron() {
        return utils.getBoolean("cron", false);
    }

    private static JsonObject object(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw SandboxError.badRequest(name + " must be an object");
    }
}
