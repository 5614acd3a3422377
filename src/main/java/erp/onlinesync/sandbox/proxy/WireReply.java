package erp.onlinesync.sandbox.proxy;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * What the sandbox answers a {@code /proxy/v1/*} call: status, content type, body, an optional
 * {@code Retry-After} (seconds) and how long to wait before answering (a slow answer). Kept free of
 * JAX-RS so the whole wire behaviour can be tested without a server.
 *
 * @param retryAfterSeconds the {@code Retry-After} header, or null
 */
public record WireReply(int status, String contentType, String body, Integer retryAfterSeconds, Duration delay) {

    public static final String JSON_TYPE = "application/json;charset=utf-8";
    private static final int OK = 200;
    private static final int REFERENCE_BYTES = 5;
    private static final SecureRandom REFERENCES = new SecureRandom();

    /** HTTP 200 {@code {"result": ...}}. */
    public static WireReply ok(JsonObject result) {
        return json(WireJson.JSON.createObjectBuilder().add("result", result).build());
    }

    /**
     * HTTP 200 {@code {"error": {"code", "message", "data": {...}}}} with a fresh {@code error_reference}.
     *
     * @param providerType the link's provider, or null when the call has no known link
     */
    public static WireReply error(SandboxError error, String providerType) {
        JsonObjectBuilder data = WireJson.JSON.createObjectBuilder()
                .add("message", error.userMessage())
                .add("error_reference", error.reference() != null ? error.reference()
                        : "SBX-" + HexFormat.of().withUpperCase().formatHex(reference()));
        if (providerType != null) {
            data.add("provider_type", providerType);
        }
        if (error.mode() != null) {
            data.add("mode", error.mode());
        }
        if (error.retryAfter() != null) {
            data.add("retry_after", error.retryAfter().toString());
        }
        return json(WireJson.JSON.createObjectBuilder().add("error", WireJson.JSON.createObjectBuilder()
                .add("code", error.code().code())
                .add("message", error.getMessage())
                .add("data", data)).build());
    }

    /** A transport-level answer: a status other than 200, or a body that breaks the contract. */
    public static WireReply transport(int status, String contentType, String body, Integer retryAfterSeconds) {
        return new WireReply(status, contentType, body, retryAfterSeconds, Duration.ZERO);
    }

    /** @return the same answer, given only after {@code wait} */
    public WireReply delayed(Duration wait) {
        return new WireReply(status, contentType, body, retryAfterSeconds, wait);
    }

    private static WireReply json(JsonObject body) {
        return new WireReply(OK, JSON_TYPE, WireJson.write(body), null, Duration.ZERO);
    }

    private static byte[] reference() {
        byte[] bytes = new byte[REFERENCE_BYTES];
        REFERENCES.nextBytes(bytes);
        return bytes;
    }
}
