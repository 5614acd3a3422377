package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.SyncProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Disconnects a link at a person's request ({@code DELETE /online-links/{id}}): revokes it on the
 * proxy ({@code delete_user}), then marks it disconnected, keeping its history and imported lines.
 * <p>
 * A CDI bean, not an EJB, on purpose: the proxy call runs outside any transaction (a renewed access
 * token is stored in a transaction of its own, which would wait for a lock on the link's row held
 * by ours; see {@link LinkSessions}), and a {@link ProxyException} reaches the caller as it is
 * instead of wrapped and logged as an EJB system exception.
 */
@ApplicationScoped
public class LinkDisconnection {

    /** Failures meaning the proxy no longer holds the link: the revocation the person asked for is done. */
    static final Set<ProxyFailure> ALREADY_GONE = EnumSet.of(ProxyFailure.CONSENT_REVOKED, ProxyFailure.LINK_DELETED);
    private static final Logger LOG = Logger.getLogger(LinkDisconnection.class.getName());

    @Inject
    SyncProxy proxy;

    @Inject
    LinkSessions sessions;

    @Inject
    LinkQueries links;

    @Inject
    LinkSettings settings;

    /**
     * Revokes the link on the proxy, then marks it disconnected (auto-sync off) with a chatter
     * message. A link without credentials (never connected) has nothing to revoke. Codes 102 and 104
     * (consent revoked, link deleted) mean the proxy has already forgotten it: it is disconnected all
     * the same, and the message says so.
     *
     * @return the link as it is now
     * @throws BadRequestException {@code not-found} for an unknown link
     * @throws ProxyException for any other failure of the proxy; the link is then left unchanged
     */
    public LinkView disconnect(long linkId, String user) {
        OnlineLink link = links.require(linkId);
        ProxyException alreadyGone = null;
        if (sessions.hasCredentials(link)) {
            try {
                proxy.deleteUser(sessions.open(link), CallContext.person(null));
            } catch (ProxyException e) {
                if (!ALREADY_GONE.contains(e.failure())) {
                    throw e;
                }
                LOG.info(() -> "Link " + linkId + " was already gone on the proxy (code " + e.code() + ")");
                alreadyGone = e;
            }
        }
        return settings.markDisconnected(linkId, user, alreadyGone);
    }
}
