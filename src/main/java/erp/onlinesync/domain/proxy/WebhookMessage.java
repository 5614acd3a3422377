package erp.onlinesync.domain.proxy;

/**
 * A webhook call's body as the proxy adapter read it.
 *
 * @param clientId the link the body names, or null when it names none (the signing header's then counts)
 */
public record WebhookMessage(String clientId, WebhookEvent event) {
}
