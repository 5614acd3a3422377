package erp.onlinesync.application.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.AccountListing;
import erp.onlinesync.application.link.HeldSession;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.link.ConnectRequest;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.shared.Secret;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Connecting a bank (contract section 4): {@link #start} sends the person to the proxy's connect
 * page with a one-time {@code state}; {@link #complete} takes the proxy's answer back, checks the
 * state, exchanges the token, creates or renews the link with its accounts and journals, and starts
 * the first fetch. A connect started from the wizard ({@link #startInWizard}) instead leaves the new
 * accounts unmapped and starts nothing: the person chooses accounts and journals in the wizard's
 * accounts step, and {@link #confirmAccounts} starts the first fetch. A direct MyPonto link
 * ({@link #connectPonto}) needs no connect page: its Client ID and Secret are checked with MyPonto at once.
 * No transaction is open while the proxy (or MyPonto) is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SyncProxy proxy;

    @Inject
    ConnectSteps steps;

    @Inject
    SyncRunService runs;

    @Inject
    Clock clock;

    /**
     * @param mode {@code link} for a new connection, or a renewal mode with {@code linkId}
     * @param startDate the first date to import for new accounts, or null for all history
     * @param callback the absolute URL of the module's callback, where the proxy sends the browser back
     * @return the proxy's connect page for the browser
     * @throws BadRequestException for a missing institution or link, an unknown mode, a future start date, a
     *         renewal of a direct MyPonto link (it has no connect page: its secret is replaced instead)
     */
    public URI start(String user, String mode, String institutionId, Long linkId, LocalDate startDate, URI callback) {
        return start(user, mode, institutionId, linkId, startDate, callback, false);
    }

    /**
     * Starts a new connection from the wizard's pages: after the consent the callback maps nothing and
     * starts no fetch, and sends the person to the wizard's accounts step.
     *
     * @see #start(String, String, String, Long, LocalDate, URI)
     */
    public URI startInWizard(String user, String institutionId, LocalDate startDate, URI callback) {
        return start(user, ConnectMode.LINK.wireName(), institutionId, null, startDate, callback, true);
    }

    private URI start(String user, String mode, String institutionId, Long linkId, LocalDate startDate, URI callback,
            boolean chooseAccounts) {
        ConnectMode connectMode;
        try {
            connectMode = ConnectMode.fromWire(mode == null ? ConnectMode.LINK.wireName() : mode);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid-field", e.getMessage());
        }
        refuseFuture(startDate);
        String clientId = null;
        String institution = institutionId;
        if (connectMode == ConnectMode.LINK) {
            if (institutionId == null || institutionId.isBlank()) {
                throw new BadRequestException("invalid-field", "institution_id is required to connect a new bank");
            }
            if (institutionId.length() > Institution.ID_MAX) {
                throw new BadRequestException("invalid-field", "institution_id is longer than " + Institution.ID_MAX + " characters");
            }
        } else {
            if (linkId == null) {
                throw new BadRequestException("invalid-field", "link_id is required for mode " + connectMode.wireName());
            }
            OnlineLink link = steps.existingLink(linkId);
            if (link.isPontoDirect()) {
                throw new BadRequestException("invalid-field", "The link " + link.getName() + " is a direct MyPonto link:"
                        + " reconnect it in MyPonto, then replace its Client Secret on the link's page");
            }
            clientId = link.getClientId();
            institution = link.getInstitutionId();
        }
        String state = randomState();
        steps.keep(hash(state), user, connectMode, institution, linkId, startDate, chooseAccounts);
        return proxy.connectUrl(connectMode, institution, clientId, callback, state, "en_US");
    }

    /**
     * Completes a connection with the proxy's answer.
     *
     * @return the created or renewed link, and whether the person chooses its accounts next
     * @throws BadRequestException {@code invalid-state}, {@code connect-refused} or {@code proxy-error}; then nothing was created
     */
    public ConnectOutcome complete(String user, String state, String exchangeToken, String error, String errorDescription) {
        ConnectRequest request = steps.use(state == null ? null : hash(state), user);
        if (error != null) {
            throw new BadRequestException("connect-refused", "The connection was not made: "
                    + (errorDescription == null || errorDescription.isBlank() ? error : errorDescription));
        }
        if (exchangeToken == null || exchangeToken.isBlank()) {
            throw new BadRequestException("invalid-field", "The proxy sent no exchange token");
        }
        try {
            TokenGrant grant = proxy.exchangeToken(exchangeToken, CallContext.person("en_US"));
            HeldSession session = new HeldSession(grant.providerType(), grant.clientId(), grant.refreshToken(),
                    grant.accessToken());
            List<ProxyAccount> accounts = AccountListing.all(proxy, session, CallContext.person("en_US"));
            long linkId = steps.saveLink(request, grant, session.accessToken(), accounts, user);
            if (request.choosesAccounts()) {
                return new ConnectOutcome(linkId, true);
            }
            runs.request(linkId, RunTrigger.CONNECT, user);
            return new ConnectOutcome(linkId, false);
        } catch (ProxyException e) {
            throw new BadRequestException("proxy-error", "The proxy refused the connection: "
                    + (e.userMessage() != null ? e.userMessage() : e.getMessage())
                    + (e.errorReference() == null ? "" : " (reference " + e.errorReference() + ")"));
        }
    }

    /**
     * Connects MyPonto directly, without the proxy, with the Client ID and Client Secret of a custom integration
     * made in MyPonto: the adapter buys an access token (which proves the pair) and lists the accounts the
     * integration may read; the link is created with each account mapped to its journal (the one of the same
     * account number and currency, else a new bank journal), and its first fetch starts. Nothing is created
     * when MyPonto refuses.
     *
     * @param startDate the first date to import, or null for MyPonto's last 100 transactions of each account
     * @return the new link's id
     * @throws BadRequestException {@code invalid-field} for a missing or too long field, a future date, or
     *         credentials MyPonto refuses; {@code conflict} for a client id already linked; {@code proxy-error}
     *         when MyPonto fails otherwise
     */
    public long connectPonto(String user, String name, String clientId, Secret clientSecret, LocalDate startDate) {
        String linkName = PontoCredentials.required("name", name, Institution.NAME_MAX);
        String id = PontoCredentials.required("client_id", clientId, TokenGrant.CLIENT_ID_MAX);
        refuseFuture(startDate);
        PontoCredentials checked = PontoCredentials.check(proxy, id, clientSecret);
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
    public void replacePontoSecret(long linkId, Secret clientSecret, String user) {
        OnlineLink link = steps.existingLink(linkId);
        if (!link.isPontoDirect()) {
            throw new BadRequestException("invalid-field", "The link " + link.getName() + " is not a direct MyPonto link");
        }
        PontoCredentials checked = PontoCredentials.check(proxy, link.getClientId(), clientSecret);
        steps.replacePontoSecret(linkId, checked.grant(), checked.accounts(), user);
    }

    /**
     * The wizard's Confirm: maps the chosen accounts of a link that has none mapped yet and starts its
     * first fetch. A second Confirm, or one for a link whose accounts are already chosen, changes
     * nothing and starts nothing.
     *
     * @param startDate the first date to import for the chosen accounts, or null for all history
     * @return true when this call mapped the accounts and started the fetch; false when they were already chosen
     * @throws BadRequestException {@code not-found}, {@code invalid-field} (no account chosen, a future date,
     *         an account of another link), or the refusals of {@link erp.onlinesync.application.link.OnlineAccounts#mapToJournal};
     *         then nothing was mapped
     */
    public boolean confirmAccounts(long linkId, LocalDate startDate, List<AccountChoice> choices, String user) {
        refuseFuture(startDate);
        if (!steps.mapChosenAccounts(linkId, startDate, choices, user)) {
            return false;
        }
        runs.request(linkId, RunTrigger.CONNECT, user);
        return true;
    }

    private void refuseFuture(LocalDate startDate) {
        if (startDate != null && startDate.isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("invalid-field", "start_date must not be in the future");
        }
    }

    private static String randomState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
