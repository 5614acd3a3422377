package erp.onlinesync.sandbox.control;

import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.link.LinkRegistry;
import erp.onlinesync.sandbox.proxy.ErrorCode;
import erp.onlinesync.sandbox.proxy.WireJson;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.io.StringReader;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The control API's operations on one link, without JAX-RS (see {@link ControlResource} for the paths).
 * Each answers the link's {@link LinkReport#summary}; an unknown link is a 404, a bad body a 400.
 */
public final class LinkControl {

    static final String ADVANCE = "advance";
    static final String EXPIRE_ACCESS_TOKEN = "expire-access-token";
    static final String REVOKE_CONSENT = "revoke-consent";
    static final String CURRENTLY_FETCHING = "currently-fetching";
    static final String RESET_QUOTA = "reset-quota";
    static final String FAIL = "fail";
    static final String FIRST_REFRESH_FETCHING = "first_refresh_fetching";
    /** Ten years: far enough for any consent or history test, small enough to stay cheap. */
    private static final int MAX_DAYS = 3650;
    private static final int MAX_CALLS = 10_000;

    private final LinkRegistry links;
    private final Clock clock;

    public LinkControl(LinkRegistry links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** @throws ControlException 404 when no link has that client id */
    private Link link(String clientId) {
        return links.find(clientId).orElseThrow(() -> new ControlException(ControlException.NOT_FOUND, "unknown client_id"));
    }

    /**
     * @param identifiers whether the report lists every posted transaction's identifier
     * @return what writes the link's full report (see {@link LinkReport}) as JSON to a stream
     * @throws ControlException 404 at once when no link has that client id
     */
    public Consumer<OutputStream> report(String clientId, boolean identifiers) {
        Link link = link(clientId);
        return out -> LinkReport.write(link, clock, identifiers, out);
    }

    /**
     * @param operation one of {@value #ADVANCE}, {@value #EXPIRE_ACCESS_TOKEN}, {@value #REVOKE_CONSENT},
     *                  {@value #CURRENTLY_FETCHING}, {@value #RESET_QUOTA}, {@value #FAIL}
     */
    public JsonObject operate(String clientId, String operation, String rawBody) {
        Link link = link(clientId);
        JsonObject body = parse(rawBody);
        switch (operation) {
            case ADVANCE -> link.advance(number(body, "days", 0, MAX_DAYS));
            case EXPIRE_ACCESS_TOKEN -> link.expireAccessToken();
            case REVOKE_CONSENT -> link.revokeConsent();
            case CURRENTLY_FETCHING -> link.usage().setFetchingAnswers(number(body, "calls", 1, MAX_CALLS));
            case RESET_QUOTA -> link.usage().resetQuota();
            case FAIL -> link.usage().forceError(errorCode(body).code(), number(body, "calls", 1, MAX_CALLS));
            default -> throw new ControlException(ControlException.NOT_FOUND, "unknown operation");
        }
        return LinkReport.summary(link, clock);
    }

    /** Forgets the link, as {@code delete_user} does: its client id gets 104 from then on. */
    public JsonObject delete(String clientId) {
        link(clientId);
        return WireJson.JSON.createObjectBuilder().add("deleted", links.delete(clientId)).build();
    }

    public JsonObject settings() {
        return WireJson.JSON.createObjectBuilder().add(FIRST_REFRESH_FETCHING, links.fetchingOnFirstRefresh()).build();
    }

    /** Changes the settings the body names; they apply to links created afterwards. */
    public JsonObject updateSettings(String rawBody) {
        JsonValue fetching = parse(rawBody).get(FIRST_REFRESH_FETCHING);
        if (fetching == JsonValue.TRUE || fetching == JsonValue.FALSE) {
            links.setFetchingOnFirstRefresh(fetching == JsonValue.TRUE);
        } else if (fetching != null) {
            throw new ControlException(ControlException.BAD_REQUEST, FIRST_REFRESH_FETCHING + " must be true or false");
        }
        return settings();
    }

    private static ErrorCode errorCode(JsonObject body) {
        int code = number(body, "code", 0, Integer.MAX_VALUE);
        return ErrorCode.of(code).orElseThrow(() -> new ControlException(ControlException.BAD_REQUEST,
                "code must be one of the contract's error codes"));
    }

    /** @return the body's integer field, {@code fallback} when absent; 400 when not an integer in 0..max */
    private static int number(JsonObject body, String name, int fallback, int max) {
        JsonValue value = body.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= max) {
            return number.intValue();
        }
        throw new ControlException(ControlException.BAD_REQUEST, name + " must be an integer from 0 to " + max);
    }

    private static JsonObject parse(String rawBody) {
        if (rawBody == null || rawBody.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = WireJson.READERS.createReader(new StringReader(rawBody))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ControlException(ControlException.BAD_REQUEST, "the body must be a JSON object");
        }
    }
}
