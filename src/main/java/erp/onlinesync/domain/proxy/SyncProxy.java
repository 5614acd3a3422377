package erp.onlinesync.domain.proxy;

import java.net.URI;
import java.util.List;

/**
 * The synchronization proxy as the module sees it: the port every adapter implements (the odoofin-
 * style proxy of {@code proxy-api.md} today, a direct MyPonto connector later). Nothing behind this
 * interface is visible to the engine: no JSON, no HTTP, no signature.
 * <p>
 * Every method either returns a complete, validated answer or throws {@link ProxyException}: a
 * functional error of the proxy (with its code), a transport fault that outlived the retries, or a
 * malformed answer, which is never taken for "nothing new". Messages of exceptions never hold a
 * token or a secret.
 * <p>
 * Signed calls take a {@link ProxySession}: the link's credentials and the place to store a renewed
 * access token (the adapter renews it itself on code 101 and retries the call once).
 */
public interface SyncProxy {

    /** Unsigned: institutions matching a country (ISO alpha-2, optional) and a query (optional). */
    List<Institution> institutions(String country, String query, int limit, CallContext context);

    /**
     * The hosted connect page the user's browser must open (contract section 4). Pure: no call is made.
     *
     * @param clientId null for mode {@link ConnectMode#LINK}, the link's client id otherwise
     */
    URI connectUrl(ConnectMode mode, String institutionId, String clientId, URI returnUrl, String state, String lang);

    /** Unsigned: trades the single-use exchange token from the connect redirect for the link's tokens. */
    TokenGrant exchangeToken(String exchangeToken, CallContext context);

    /** One page of the link's accounts; {@code nextData} null for the first page. */
    AccountPage accounts(ProxySession session, String nextData, CallContext context);

    /** Asks the provider to gather fresh data for one account (its online identifier). */
    RefreshResult refresh(ProxySession session, String accountId, CallContext context);

    /** One page of transactions of one account. */
    TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context);

    ConnectionStatus connectionStatus(ProxySession session, CallContext context);

    /** Revokes the link on the proxy; the proxy forgets it and its consent. */
    void deleteUser(ProxySession session, CallContext context);

    /**
     * @return the longest one call can take with its retries and waits (and a token renewal): a run's
     *         lease must outlast it, so that only a dead runner loses its run
     */
    java.time.Duration longestCall();

    /**
     * @param providerType the link's ({@link ProxySession#providerType}), or null
     * @return {@link #longestCall} of the adapter that serves links of that provider
     */
    default java.time.Duration longestCall(String providerType) {
        return longestCall();
    }
}
