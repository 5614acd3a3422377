package erp.onlinesync.domain.proxy;

import java.time.Instant;
import java.util.Optional;

/**
 * The proxy's webhook calls (contract section 7) as the module sees them: the adapter reads the body
 * and checks the signature, so that no JSON or HMAC of the proxy is known outside it.
 */
public interface ProxyWebhooks {

    /** @throws ProxyException {@link ProxyFailure#MALFORMED_ANSWER} when the body is not the contract's */
    WebhookMessage read(String rawBody);

    /**
     * @return why the call is refused (a stale or malformed timestamp, a wrong token or signature), or
     *         empty when it is signed with the link's tokens
     */
    Optional<String> refusal(WebhookCall call, ProxySession link, String rawBody, Instant now);
}
