package erp.onlinesync.application.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.AccountListing;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.shared.Secret;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Connecting MyPonto directly, without the proxy: with the Client ID and Client Secret of a custom
 * integration made in MyPonto, the adapter buys an access token (which proves the pair), lists the accounts
 * the integration may read, and the link is created with each account mapped to its journal (the one of the
 * same account number and currency, else a new bank journal); then the first fetch starts. Nothing is
 * created when MyPonto refuses. No transaction is open while MyPonto is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PontoConnect {

    @Inject
    SyncProxy proxy;

    @Inject
    ConnectSteps steps;

    @Inject
    SyncRunService runs;

    @Inject
    Clock clock;

    /**
     * @param startDate the first date to import, or null for MyPonto's last 100 transactions of each account
     * @return the new link's id
     * @throws BadRequestException {@code invalid-field} for a missing or too long field, a future date, or
     *         credentials MyPonto refuses; {@code conflict} for a client id already linked; {@code proxy-error}
     *         when MyPonto fails otherwise
     */
    public long connect(String user, String name, String clientId, Secret clientSecret, LocalDate startDate) {
        String linkName = required("name", name, Institution.NAME_MAX);
        String id = required("client_id", clientId, TokenGrant.CLIENT_ID_MAX);
        ConnectService.refuseFuture(startDate, clock);
        Checked checked = check(id, clientSecret);
        long linkId = steps.savePontoLink(linkName, checked.grant(), checked.accounts(), startDate, user);
        runs.request(linkId, RunTrigger.CONNECT, user);
        return linkId;
    }

    /**
     * Replaces a direct MyPonto link's Client Secret (MyPonto makes a new one when the integration is
     * reconnected there): checked with MyPonto first, then sealed in place of the old one; a disconnected link
     * is connected again and new accounts are mapped to their journals.
     *
     * @throws BadRequestException {@code not-found}; {@code invalid-field} for a link that is not a direct MyPonto
     *         one, a missing secret or one MyPonto refuses; {@code proxy-error}; then nothing changed
     */
    public void replaceSecret(long linkId, Secret clientSecret, String user) {
        OnlineLink link = steps.existingLink(linkId);
        if (!ProxySession.PONTO_DIRECT.equals(link.getProviderType())) {
            throw new BadRequestException("invalid-field", "The link " + link.getName() + " is not a direct MyPonto link");
        }
        Checked checked = check(link.getClientId(), clientSecret);
        steps.replacePontoSecret(linkId, checked.grant(), checked.accounts(), user);
    }

    /** What MyPonto answered to a Client ID and Secret: the grant to keep and the integration's accounts. */
    private record Checked(TokenGrant grant, List<ProxyAccount> accounts) {
    }

    private Checked check(String clientId, Secret clientSecret) {
        if (clientSecret == null || clientSecret.reveal().isBlank()) {
            throw new BadRequestException("invalid-field", "client_secret is required");
        }
        if (clientSecret.reveal().length() > TokenGrant.TOKEN_MAX) {
            throw new BadRequestException("invalid-field", "client_secret is longer than " + TokenGrant.TOKEN_MAX + " characters");
        }
        Credentials session = new Credentials(clientId, clientSecret);
        CallContext person = CallContext.person("en_US");
        try {
            List<ProxyAccount> accounts = AccountListing.all(proxy, session, person);
            LocalDate consentEnds = proxy.connectionStatus(session, person).consentExpiringDate();
            return new Checked(new TokenGrant(clientId, clientSecret, session.accessToken(), ProxySession.PONTO_DIRECT, null,
                    consentEnds), accounts);
        } catch (ProxyException e) {
            String message = e.userMessage() != null ? e.userMessage() : e.getMessage();
            throw new BadRequestException(e.failure() == ProxyFailure.CONSENT_REVOKED ? "invalid-field" : "proxy-error",
                    "MyPonto refused the connection: " + message);
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("invalid-field", field + " is required");
        }
        if (value.length() > max) {
            throw new BadRequestException("invalid-field", field + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    /** The integration's credentials before the link exists; the access token the adapter buys is kept here. */
    private static final class Credentials implements ProxySession {
        private final String clientId;
        private final Secret secret;
        private volatile Secret access;

        Credentials(String clientId, Secret secret) {
            this.clientId = clientId;
            this.secret = secret;
        }

        @Override
        public String providerType() {
            return PONTO_DIRECT;
        }

        @Override
        public String clientId() {
            return clientId;
        }

        @Override
        public Secret refreshToken() {
            return secret;
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
}
