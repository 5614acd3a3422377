package erp.onlinesync.application.link;

import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.shared.SecretSealer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Opens a link's sealed tokens into a {@link ProxySession} for the proxy adapter, and stores a
 * renewed access token in its own transaction: the proxy stops accepting the old token as soon as
 * it answers, so the new one must be kept even if the work that asked for it rolls back.
 * <p>
 * Pitfall: call the proxy outside any transaction that has written the link's row, or the
 * separate transaction storing the token waits for a lock its own thread holds.
 */
@Stateless
public class LinkSessions {

    @Inject
    SecretSealer cipher;

    @Inject
    OnlineLinks links;

    @Inject
    LinkSessions self;

    /** @return true when the link holds a client id and both tokens, so that {@link #open} can sign calls */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasCredentials(OnlineLink link) {
        return link.getClientId() != null && link.sealedRefreshToken() != null && link.sealedAccessToken() != null;
    }

    /** @throws IllegalStateException when the link has no tokens (never connected) */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProxySession open(OnlineLink link) {
        if (!hasCredentials(link)) {
            throw new IllegalStateException("link " + link.getId() + " has no proxy credentials");
        }
        long linkId = link.getId();
        String clientId = link.getClientId();
        String providerType = link.getProviderType();
        Secret refresh = cipher.open(link.sealedRefreshToken());
        Secret access = cipher.open(link.sealedAccessToken());
        return new HeldSession(providerType, clientId, refresh, access) {
            @Override
            public void renewAccessToken(Secret newAccessToken) {
                self.storeAccessToken(linkId, cipher.seal(newAccessToken));
                super.renewAccessToken(newAccessToken);
            }
        };
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeAccessToken(long linkId, String sealedAccessToken) {
        links.find(linkId).orElseThrow().renewAccessToken(sealedAccessToken);
    }
}
