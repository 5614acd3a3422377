package erp.onlinesync.domain.proxy;

/**
 * The signing headers of a call of the proxy's webhook, as received (contract section 7).
 * {@link #toString()} names the client only: the access token is a secret.
 */
public record WebhookCall(String clientId, String accessToken, String timestamp, String signature) {

    @Override
    public String toString() {
        return "WebhookCall[" + clientId + "]";
    }
}
