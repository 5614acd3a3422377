package erp.onlinesync.application.run.fakes;

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
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A proxy no call of which is expected: a fake overrides the calls its test makes, the others fail loudly. */
public abstract class UnusedProxy implements SyncProxy {

    @Override
    public List<Institution> institutions(String country, String query, int limit, CallContext context) {
        throw new UnsupportedOperationException("institutions");
    }

    @Override
    public URI connectUrl(ConnectMode mode, String institutionId, String clientId, URI returnUrl, String state, String lang) {
        throw new UnsupportedOperationException("connectUrl");
    }

    @Override
    public TokenGrant exchangeToken(String exchangeToken, CallContext context) {
        throw new UnsupportedOperationException("exchangeToken");
    }

    @Override
    public AccountPage accounts(ProxySession session, String nextData, CallContext context) {
        throw new UnsupportedOperationException("accounts");
    }

    @Override
    public RefreshResult refresh(ProxySession session, String accountId, CallContext context) {
        throw new UnsupportedOperationException("refresh");
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        throw new UnsupportedOperationException("transactions");
    }

    @Override
    public ConnectionStatus connectionStatus(ProxySession session, CallContext context) {
        throw new UnsupportedOperationException("connectionStatus");
    }

    @Override
    public void deleteUser(ProxySession session, CallContext context) {
        throw new UnsupportedOperationException("deleteUser");
    }

    @Override
    public Duration longestCall() {
        return Duration.ofMinutes(10);
    }
}
