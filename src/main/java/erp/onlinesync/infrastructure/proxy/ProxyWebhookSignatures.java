package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.WebhookCall;
import erp.onlinesync.domain.proxy.WebhookSignatures;
import erp.onlinesync.domain.shared.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** {@link WebhookSignatures} with the proxy's HMAC signing ({@link ProxySignature}), on the webhook's contract path. */
@ApplicationScoped
public class ProxyWebhookSignatures implements WebhookSignatures {

    /** The contract path that is signed (without the module's context root). */
    public static final String PATH = "/api/v1/online-sync/webhook";

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
