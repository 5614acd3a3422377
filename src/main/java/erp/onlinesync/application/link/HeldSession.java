package erp.onlinesync.application.link;

import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.shared.Secret;

/**
 * A link's credentials held in memory: as they are before the link that will keep them exists (a connect in
 * progress, which creates the link with the last access token), and as {@link LinkSessions} opens them, which
 * also stores a renewed token.
 */
public class HeldSession implements ProxySession {

    private final String providerType;
    private final String clientId;
    private final Secret refreshToken;
    private volatile Secret access;

    /** @param accessToken null when none was asked for yet (a direct MyPonto link: the adapter asks) */
    public HeldSession(String providerType, String clientId, Secret refreshToken, Secret accessToken) {
        this.providerType = providerType;
        this.clientId = clientId;
        this.refreshToken = refreshToken;
        this.access = accessToken;
    }

    @Override
    public String providerType() {
        return providerType;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public Secret refreshToken() {
        return refreshToken;
    }

    @Override
    public Secret accessToken() {
        return access;
    }

    @Override
    public void renewAccessToken(Secret newAccessToken) {
        access = newAccessToken;
    }
}
