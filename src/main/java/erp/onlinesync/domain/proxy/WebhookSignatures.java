package erp.onlinesync.domain.proxy;

import java.time.Instant;
import java.util.Optional;

/** Checks that a webhook call is signed with a link's tokens, as the proxy signs (contract sections 2 and 7). */
public interface WebhookSignatures {

    /**
     * @return why the call is refused (a stale or malformed timestamp, a wrong token or signature), or
     *         empty when it is authentic
     */
    Optional<String> refusal(WebhookCall call, ProxySession link, String rawBody, Instant now);
}
