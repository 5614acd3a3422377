package erp.onlinesync.application.link;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.SyncProxy;
import java.util.ArrayList;
import java.util.List;

/** A link's whole account list from the proxy, page by page, for the connect flow and the account refresh. */
public final class AccountListing {

    /** Pages at the most: a proxy that never ends its next_data must not hold a person's request for ever. */
    static final int MAX_PAGES = 100;

    private AccountListing() {
    }

    /** @throws ProxyException when the proxy fails or sends more than {@value #MAX_PAGES} pages */
    public static List<ProxyAccount> all(SyncProxy proxy, ProxySession session, CallContext context) {
        List<ProxyAccount> accounts = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            if (++pages > MAX_PAGES) {
                throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, "more than " + MAX_PAGES + " pages of accounts");
            }
            AccountPage page = proxy.accounts(session, next, context);
            accounts.addAll(page.accounts());
            next = page.nextData();
        } while (next != null);
        return accounts;
    }
}
