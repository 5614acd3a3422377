package erp.onlinesync.application.link;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.shared.OpenedSecret;
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
 * Key rotation: tokens opened with an old key are sealed again with the current one, in a transaction
 * of their own, and the link's chatter tells of it once (a second opening finds them sealed anew).
 * Tokens sealed with a key the module no longer has give
 * {@link erp.onlinesync.domain.shared.UnknownSealingKeyException} as it is, for the caller to tell.
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
    ChatterService chatter;

    @Inject
    LinkSessions self;

    /** @return true when the link holds a client id and both tokens, so that {@link #open} can sign calls */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasCredentials(OnlineLink link) {
        return link.getClientId() != null && link.sealedRefreshToken() != null && link.sealedAccessToken() != null;
    }

    /**
     * @throws IllegalStateException when the link has no tokens (never connected), or a token was altered
     * @throws erp.onlinesync.domain.shared.UnknownSealingKeyException when a token was sealed with a key the
     *         module no longer has
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProxySession open(OnlineLink link) {
        if (!hasCredentials(link)) {
            throw new IllegalStateException("link " + link.getId() + " has no proxy credentials");
        }
        long linkId = link.getId();
        String clientId = link.getClientId();
        String providerType = link.getProviderType();
        String sealedRefresh = link.sealedRefreshToken();
        String sealedAccess = link.sealedAccessToken();
        OpenedSecret refresh = cipher.open(sealedRefresh, OnlineLink.refreshTokenPlace(linkId));
        OpenedSecret access = cipher.open(sealedAccess, OnlineLink.accessTokenPlace(linkId));
        if (refresh.resealNeeded() || access.resealNeeded()) {
            self.storeResealed(linkId, sealedRefresh, sealedAccess, cipher.seal(refresh.secret(), OnlineLink.refreshTokenPlace(linkId)),
                    cipher.seal(access.secret(), OnlineLink.accessTokenPlace(linkId)));
        }
        return new HeldSession(providerType, clientId, refresh.secret(), access.secret()) {
            @Override
            public void renewAccessToken(Secret newAccessToken) {
                self.storeAccessToken(linkId, cipher.seal(newAccessToken, OnlineLink.accessTokenPlace(linkId)));
                super.renewAccessToken(newAccessToken);
            }
        };
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeAccessToken(long linkId, String sealedAccessToken) {
        links.find(linkId).orElseThrow().renewAccessToken(sealedAccessToken);
    }

    /** Stores the tokens sealed anew, unless they changed since they were read (then nothing is told either). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeResealed(long linkId, String readRefresh, String readAccess, String resealedRefresh, String resealedAccess) {
        if (links.replaceResealedTokens(linkId, readRefresh, readAccess, resealedRefresh, resealedAccess)) {
            chatter.post(ChatterService.LINK, linkId, null, OnlineLink.tokensResealed());
        }
    }
}
