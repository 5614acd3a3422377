package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.shared.Text;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * Turns the contract's error envelope ({@code {"error": {"code", "message", "data"}}}, section 6)
 * into a {@link ProxyException}: the code picks the {@link ProxyFailure}; {@code data} gives the
 * user message, the error reference, the mode (code 300) and {@code retry_after} (code 202, an
 * ISO-8601 timestamp with offset).
 * <p>
 * The fields of {@code data} are optional and read leniently: one of the wrong type or form is taken
 * as absent, so that the error itself, which is what matters, still reaches the engine. Only a
 * missing or non-integer {@code code} makes the answer malformed.
 * <p>
 * The exception message holds the path, the code and the reference, never the proxy's technical
 * {@code message}, which is not ours to vouch for. The reference is cleaned and cut
 * ({@link ProxyException#ERROR_REFERENCE_MAX}) before it goes into that message, so a line feed cannot
 * split a log line; the exception cleans and cuts the user message itself. Code 400 means the module sent a request the
 * proxy could not accept: a module bug, logged here with the same three facts (on
 * {@code exchange_token} it also means an exchange token used twice or expired).
 */
final class ProxyErrors {

    private static final Logger LOG = Logger.getLogger(ProxyErrors.class.getName());

    private ProxyErrors() {
    }

    /**
     * @param path the contract path that was called
     * @param error the {@code error} object of the answer
     * @return the exception to throw: never null
     */
    static ProxyException toException(String path, JsonObject error) {
        if (!(error.get("code") instanceof JsonNumber number) || !number.isIntegral()) {
            return ProxyException.of(ProxyFailure.MALFORMED_ANSWER,
                    "Malformed proxy answer: " + path + " error.code is missing or not a whole number");
        }
        int code = number.intValue();
        ProxyFailure failure = ProxyFailure.ofCode(code);
        JsonObject data = error.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String reference = Text.singleLine(text(data, "error_reference"), ProxyException.ERROR_REFERENCE_MAX);
        String message = "Proxy error " + code + " (" + failure + ") on " + path
                + (reference == null || reference.isBlank() ? "" : ", error reference " + reference);
        if (failure == ProxyFailure.BAD_REQUEST) {
            LOG.severe(() -> message
                    + ": the proxy refused the module's request (a module bug, or a used exchange token)");
        }
        return new ProxyException(failure, code, message, text(data, "message"), reference, text(data, "mode"),
                instant(data, "retry_after"));
    }

    /** @return the text as received, or null when it is absent or not a string */
    private static String text(JsonObject data, String name) {
        return data.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static Instant instant(JsonObject data, String name) {
        String text = text(data, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
