package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyWebhooks;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.WebhookCall;
import erp.onlinesync.domain.proxy.WebhookEvent;
import erp.onlinesync.domain.proxy.WebhookMessage;
import erp.onlinesync.domain.shared.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ProxyWebhooks} over the proxy's wire: the body read as strictly as an answer ({@link AnswerReader}:
 * a wrong type is a malformed body, never a default) and the HMAC signing of {@link ProxySignature} on the
 * webhook's contract path.
 */
@ApplicationScoped
public class ProxyWebhookAdapter implements ProxyWebhooks {

    /** The contract path that is signed (without the module's context root). */
    public static final String PATH = "/api/v1/online-sync/webhook";
    static final String CONSENT = "consent_expiring_date_updated";
    static final String TRANSACTIONS = "transactions_available";
    static final String CONNECTION_ERROR = "connection_error";

    @Override
    public WebhookMessage read(String rawBody) {
        JsonValue json;
        try {
            json = rawBody == null ? null : ProxyJson.parse(rawBody);
        } catch (JsonException e) {
            json = null;
        }
        if (!(json instanceof JsonObject object)) {
            throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, "The webhook's body is not a JSON object");
        }
        AnswerReader body = new AnswerReader(object, PATH);
        String clientId = body.optionalSingleLine("client_id", TokenGrant.CLIENT_ID_MAX);
        String event = body.requiredOneOf("event", Set.of(CONSENT, TRANSACTIONS, CONNECTION_ERROR));
        AnswerReader data = body.optionalObject("data");
        if (data == null) {
            data = new AnswerReader(JsonValue.EMPTY_JSON_OBJECT, PATH + ".data");
        }
        return new WebhookMessage(clientId, switch (event) {
            case CONSENT -> new WebhookEvent.ConsentExpiringDateUpdated(data.requiredDate("consent_expiring_date"));
            case TRANSACTIONS -> new WebhookEvent.TransactionsAvailable();
            default -> connectionError(data);
        });
    }

    /** The {@code data} of section 6, with the error's {@code code} in it (none: a code the module does not know). */
    private static WebhookEvent connectionError(AnswerReader data) {
        int code = data.optionalCount("code", 0);
        return new WebhookEvent.ConnectionError(new ProxyException(ProxyFailure.ofCode(code), code, "webhook connection_error",
                data.optionalFreeText("message", ProxyException.USER_MESSAGE_MAX),
                data.optionalSingleLine("error_reference", ProxyException.ERROR_REFERENCE_MAX),
                data.optionalSingleLine("mode", ProxyException.ERROR_REFERENCE_MAX), null));
    }

    @Override
    public Optional<String> refusal(WebhookCall call, ProxySession link, String rawBody, Instant now) {
        long timestamp;
        try {
            timestamp = Long.parseLong(call.timestamp());
        } catch (NumberFormatException e) {
            return Optional.of("Missing or malformed timestamp");
        }
        if (!ProxySignature.isFresh(timestamp, now.getEpochSecond())) {
            return Optional.of("Stale timestamp");
        }
        if (call.accessToken() == null || !link.accessToken().equals(Secret.of(call.accessToken()))) {
            return Optional.of("Bad signature");
        }
        String expected = ProxySignature.sign(timestamp, PATH, link.clientId(), link.accessToken(), link.refreshToken(), rawBody);
        return ProxySignature.matches(expected, call.signature()) ? Optional.empty() : Optional.of("Bad signature");
    }
}
