package erp.onlinesync.domain.proxy;

import erp.onlinesync.domain.shared.Secret;

/**
 * The credentials of one link for signed calls, and where a renewed access token goes. The engine
 * implements it over the stored (sealed) tokens; {@link #renewAccessToken} must persist the new
 * token at once and durably, since the old one stops working as soon as the proxy answers.
 */
public interface ProxySession {

    String clientId();

    Secret refreshToken();

    Secret accessToken();

    void renewAccessToken(Secret newAccessToken);
}
