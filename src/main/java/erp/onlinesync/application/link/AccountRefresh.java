package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.SyncProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Fetches a link's account list again at a person's request ({@code POST /online-links/{id}/accounts/refresh}):
 * every page from the proxy first, outside any transaction (see {@link LinkSessions}), then all of it
 * taken in at once by {@link OnlineAccounts#takeAccountList}, so a failure on page 3 changes nothing.
 */
@ApplicationScoped
public class AccountRefresh {

    /** Pages accepted at most: a proxy handing out {@code next_data} forever must not hold a thread forever. */

    @Inject
    SyncProxy proxy;

    @Inject
    LinkSessions sessions;

    @Inject
    LinkQueries links;

    @Inject
    OnlineAccounts accounts;

    /**
     * @return the link with its accounts as they are now
     * @throws BadRequestException {@code not-found} for an unknown link, {@code link-disconnected} for
     *         a disconnected link or one without credentials (reconnect it first)
     * @throws ProxyException when the proxy fails; nothing is changed then
     */
    public LinkView refresh(long linkId, String user) {
        OnlineLink link = links.require(linkId);
        if (link.getState() == LinkState.DISCONNECTED || !sessions.hasCredentials(link)) {
            throw new BadRequestException("link-disconnected", "The link " + link.getName()
                    + " is disconnected: reconnect it before refreshing its accounts");
        }
        ProxySession session = sessions.open(link);
        List<ProxyAccount> listed = AccountListing.all(proxy, session, CallContext.person(null));
        return accounts.takeAccountList(linkId, listed, user);
    }
}
