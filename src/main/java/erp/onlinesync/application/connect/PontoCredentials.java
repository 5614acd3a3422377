package erp.onlinesync.application.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.AccountListing;
import erp.onlinesync.application.link.HeldSession;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.shared.Secret;
import java.time.LocalDate;
import java.util.List;

/**
 * A MyPonto integration's Client ID and Client Secret, checked with MyPonto: what it answered, the grant to
 * keep (the secret in place of a refresh token, the access token the adapter bought, the earliest end of the
 * accounts' authorizations) and the integration's accounts.
 */
record PontoCredentials(TokenGrant grant, List<ProxyAccount> accounts) {

    /**
     * @throws BadRequestException {@code invalid-field} for a missing or too long secret, or a pair MyPonto refuses;
     *         {@code proxy-error} when MyPonto fails otherwise
     */
    static PontoCredentials check(SyncProxy proxy, String clientId, Secret clientSecret) {
        if (clientSecret == null || clientSecret.reveal().isBlank()) {
            throw new BadRequestException("invalid-field", "client_secret is required");
        }
        if (clientSecret.reveal().length() > TokenGrant.TOKEN_MAX) {
            throw new BadRequestException("invalid-field", "client_secret is longer than " + TokenGrant.TOKEN_MAX + " characters");
        }
        HeldSession session = new HeldSession(ProxySession.PONTO_DIRECT, clientId, clientSecret, null);
        CallContext person = CallContext.person("en_US");
        try {
            List<ProxyAccount> accounts = AccountListing.all(proxy, session, person);
            LocalDate consentEnds = proxy.connectionStatus(session, person).consentExpiringDate();
            return new PontoCredentials(new TokenGrant(clientId, clientSecret, session.accessToken(), ProxySession.PONTO_DIRECT,
                    null, consentEnds), accounts);
        } catch (ProxyException e) {
            String message = e.userMessage() != null ? e.userMessage() : e.getMessage();
            throw new BadRequestException(e.failure() == ProxyFailure.CONSENT_REVOKED ? "invalid-field" : "proxy-error",
                    "MyPonto refused the connection: " + message);
        }
    }

    /** @throws BadRequestException {@code invalid-field} when the value is missing or longer than {@code max} */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("invalid-field", field + " is required");
        }
        if (value.length() > max) {
            throw new BadRequestException("invalid-field", field + " is longer than " + max + " characters");
        }
        return value.strip();
    }
}
