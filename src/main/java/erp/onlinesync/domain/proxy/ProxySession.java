package erp.onlinesync.domain.proxy;

import erp.onlinesync.domain.shared.Secret;

/**
 * The credentials of one link for signed calls, and where a renewed access token goes. The engine
 * implements it over the stored (sealed) tokens; {@link #renewAccessToken} must persist the new
 * token at once and durably, since the old one stops working as soon as the proxy answers.
 * <p>
 * A direct MyPonto link ({@link #PONTO_DIRECT}) keeps the integration's client id as its client id, its
 * client secret in place of the refresh token and Ponto Connect's OAuth access token as the access token
 * (null before the first one was asked for), so the same session serves both adapters.
 */
public interface ProxySession {

    /** The provider type of a link that talks to Ponto Connect itself, without the proxy. */
    String PONTO_DIRECT = "ponto_direct";

    /** @return the link's provider type ({@link #PONTO_DIRECT}, or what the proxy named), or null: it picks the adapter */
    String providerType();

    String clientId();

    Secret refreshToken();

    /** @return the access token, or null when none was asked for yet (a direct MyPonto link being connected) */
    Secret accessToken();

    void renewAccessToken(Secret newAccessToken);
}
