package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.CallContext;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Writes the request body of the contract, {@code {"data": {...}, "utils": {...}}} (section 1),
 * where {@code utils} tells the proxy how long the module waits ({@code request_timeout}, seconds),
 * the user's language, the module version, the installation id ({@code db_uuid}) and whether a
 * timer rather than a person made the call ({@code cron}).
 * <p>
 * The text returned is what gets signed and sent, byte for byte: never build it twice for one call.
 */
final class RequestEnvelope {

    /** The language of the user messages when the context names none. */
    static final String DEFAULT_LANG = "en_US";

    private final long requestTimeoutSeconds;
    private final String serverVersion;
    private final Supplier<String> dbUuid;

    RequestEnvelope(Duration requestTimeout, String serverVersion, Supplier<String> dbUuid) {
        this.requestTimeoutSeconds = requestTimeout.toSeconds();
        this.serverVersion = serverVersion;
        this.dbUuid = dbUuid;
    }

    /** @return the compact JSON text of the body */
    String body(JsonObject data, CallContext context) {
        JsonObject utils = ProxyJson.object()
                .add("request_timeout", requestTimeoutSeconds)
                .add("lang", context.lang() == null ? DEFAULT_LANG : context.lang())
                .add("server_version", serverVersion)
                .add("db_uuid", dbUuid.get())
                .add("cron", context.unattended())
                .build();
        return ProxyJson.object().add("data", data).add("utils", utils).build().toString();
    }
}
