package erp.onlinesync.infrastructure.routing;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.infrastructure.ponto.PontoConnectAdapter;
import erp.onlinesync.infrastructure.proxy.OdoofinProxyAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The one {@link SyncProxy} bean: a link's calls go to the adapter of its session's provider type,
 * {@link PontoConnectAdapter} for {@link ProxySession#PONTO_DIRECT}, the proxy's otherwise (also for a link
 * the proxy itself serves through Ponto, provider type {@code ponto}). Calls without a session
 * (institutions, the connect page, the exchange token) are the proxy's.
 */
@ApplicationScoped
public class ProviderRouting implements SyncProxy {

    private final SyncProxy proxy;
    private final SyncProxy ponto;

    @Inject
    public ProviderRouting(OdoofinProxyAdapter proxy, PontoConnectAdapter ponto) {
        this((SyncProxy) proxy, ponto);
    }

    ProviderRouting(SyncProxy proxy, SyncProxy ponto) {
        this.proxy = proxy;
        this.ponto = ponto;
    }

    /** For the CDI client proxy only. */
    protected ProviderRouting() {
        this.proxy = null;
        this.ponto = null;
    }

    private SyncProxy of(ProxySession session) {
        return of(session.providerType());
    }

    private SyncProxy of(String providerType) {
        return ProxySession.PONTO_DIRECT.equals(providerType) ? ponto : proxy;
    }

    @Override
    public List<Institution> institutions(String country, String query, int limit, CallContext context) {
        return proxy.institutions(country, query, limit, context);
    }

    @Override
    public URI connectUrl(ConnectMode mode, String institutionId, String clientId, URI returnUrl, String state, String lang) {
        return proxy.connectUrl(mode, institutionId, clientId, returnUrl, state, lang);
    }

    @Override
    public TokenGrant exchangeToken(String exchangeToken, CallContext context) {
        return proxy.exchangeToken(exchangeToken, context);
    }

    @Override
    public AccountPage accounts(ProxySession session, String nextData, CallContext context) {
        return of(session).accounts(session, nextData, context);
    }

    @Override
    public RefreshResult refresh(ProxySession session, String accountId, CallContext context) {
        return of(session).refresh(session, accountId, context);
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        return of(session).transactions(session, query, context);
    }

    @Override
    public ConnectionStatus connectionStatus(ProxySession session, CallContext context) {
        return of(session).connectionStatus(session, context);
    }

    @Override
    public void deleteUser(ProxySession session, CallContext context) {
        of(session).deleteUser(session, context);
    }

    /** A run's lease: the one of its link's adapter, so a dead node's proxy runs are not held as long as a MyPonto one. */
    @Override
    public Duration longestCall(String providerType) {
        return of(providerType).longestCall();
    }

    /** The longer of the two, for a caller that does not know the link. */
    @Override
    public Duration longestCall() {
        Duration a = proxy.longestCall();
        Duration b = ponto.longestCall();
        return a.compareTo(b) >= 0 ? a : b;
    }
}
