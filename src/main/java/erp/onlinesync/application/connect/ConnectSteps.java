package erp.onlinesync.application.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.journal.BankJournals;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.link.SyncSchedule;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.link.ConnectRequest;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.shared.CurrencyCode;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.shared.SecretSealer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database steps of the connect flow, each in its own transaction, so that the proxy is called
 * between them with no transaction open: keep the one-time request, use it, and finally create or
 * update the link with its accounts and journals in one go (a refusal or a failed exchange leaves
 * nothing behind).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConnectSteps {

    /** The institution of a direct MyPonto link: MyPonto itself, whatever banks its accounts are at. */
    static final String PONTO_INSTITUTION = "MyPonto";

    /** How long the proxy's connect page may take before its answer is refused. */
    static final Duration VALIDITY = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretSealer cipher;

    @Inject
    BankJournals journals;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    @Inject
    SyncSchedule schedule;

    @Inject
    OnlineAccounts onlineAccounts;

    @Inject
    LinkQueries links;

    @Inject
    ActingCompany acting;

    public void keep(String stateHash, String user, ConnectMode mode, String institutionId, Long linkId, LocalDate startDate,
            boolean chooseAccounts) {
        Instant now = Instant.now(clock);
        em.persist(new ConnectRequest(acting.id(), stateHash, user, mode.wireName(), institutionId, linkId, startDate, now, now.plus(VALIDITY),
                chooseAccounts));
    }

    /** @throws BadRequestException {@code invalid-state} for an unknown, used, expired or foreign state */
    public ConnectRequest use(String stateHash, String user) {
        ConnectRequest request = stateHash == null ? null : em.find(ConnectRequest.class, stateHash);
        if (request == null) {
            throw new BadRequestException("invalid-state", "This connection link is unknown: start the connection again");
        }
        String refusal = request.use(user, Instant.now(clock));
        if (refusal != null) {
            throw new BadRequestException("invalid-state", refusal);
        }
        return request;
    }

    /**
     * @return the existing link to renew
     * @throws BadRequestException {@code not-found} for an unknown link or one of another company,
     *         {@code invalid-field} for one never connected
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OnlineLink existingLink(long linkId) {
        OnlineLink link = links.require(linkId);
        if (link.getClientId() == null) {
            throw new BadRequestException("invalid-field", "The link " + link.getName() + " was never connected: connect a new one");
        }
        return link;
    }

    /**
     * Creates the link (mode link) or renews the existing one with the fresh tokens, brings its accounts
     * up to date and maps every new account to its journal, unless the request leaves that to the
     * person ({@link ConnectRequest#choosesAccounts}).
     *
     * @return the link's id
     */
    public long saveLink(ConnectRequest request, TokenGrant grant, Secret accessToken, List<ProxyAccount> accounts, String user) {
        ConnectMode mode = ConnectMode.fromWire(request.getMode());
        OnlineLink link;
        if (mode == ConnectMode.LINK) {
            Company company = em.find(Company.class, request.getCompanyId());
            String institutionName = grant.institution() == null ? request.getInstitutionId() : grant.institution().name();
            link = new OnlineLink(company, institutionName, request.getInstitutionId(), institutionName, grant.providerType(),
                    Instant.now(clock));
            em.persist(link);
            em.flush(); // the id names the row the tokens' seals are bound to
        } else {
            // locked: a run of the link may be ending meanwhile, and the single-use exchange token is spent
            link = em.find(OnlineLink.class, request.getLinkId(), LockModeType.PESSIMISTIC_WRITE);
            if (!link.getClientId().equals(grant.clientId())) {
                throw new BadRequestException("conflict", "The proxy answered for another link than " + link.getName());
            }
        }
        String action = switch (mode) {
            case LINK -> "Connected to " + link.getInstitutionName() + " by " + user + ".";
            case UPDATE_CREDENTIALS -> "Credentials updated by " + user + ".";
            case RECONNECT -> "Reconnected by " + user + ".";
            case REFRESH_ACCOUNTS -> "Accounts chosen again by " + user + ".";
        };
        boolean autoSyncAllowed = grant.institution() == null || grant.institution().autoSyncAllowed();
        bind(link, grant, accessToken, user);
        connect(link, accounts, request.getStartDate(), !request.choosesAccounts(), action, autoSyncAllowed, user);
        return link.getId();
    }

    /**
     * Creates a direct MyPonto link ({@link ProxySession#PONTO_DIRECT}) with the integration's accounts, each
     * mapped to its journal: the client secret is sealed where a proxy link keeps its refresh token.
     *
     * @param grant the client id, the secret (as refresh token), the first access token and the consent's end
     * @return the link's id
     * @throws BadRequestException {@code conflict} when a link already uses this client id
     */
    public long savePontoLink(String name, TokenGrant grant, List<ProxyAccount> accounts, LocalDate startDate, String user) {
        boolean known = !em.createQuery("select l.id from OnlineLink l where l.clientId = :clientId", Long.class)
                .setParameter("clientId", grant.clientId()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            throw new BadRequestException("conflict", "A link already uses this MyPonto Client ID");
        }
        OnlineLink link = new OnlineLink(em.find(Company.class, acting.id()), name, PONTO_INSTITUTION, PONTO_INSTITUTION,
                ProxySession.PONTO_DIRECT, Instant.now(clock));
        em.persist(link);
        em.flush(); // the id names the row the secret's seal is bound to
        bind(link, grant, grant.accessToken(), user);
        connect(link, accounts, startDate, true, "Connected to MyPonto directly by " + user + ".", true, user);
        return link.getId();
    }

    /** Seals a direct MyPonto link's new Client Secret and access token, and connects it again. */
    public void replacePontoSecret(long linkId, TokenGrant grant, List<ProxyAccount> accounts, String user) {
        OnlineLink link = em.find(OnlineLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
        bind(link, grant, grant.accessToken(), user);
        connect(link, accounts, null, true, "MyPonto Client Secret replaced by " + user + ".", true, user);
    }

    private void bind(OnlineLink link, TokenGrant grant, Secret accessToken, String user) {
        link.bindTokens(grant.clientId(), cipher.seal(grant.refreshToken(), OnlineLink.refreshTokenPlace(link.getId())),
                cipher.seal(accessToken, OnlineLink.accessTokenPlace(link.getId())));
        link.setConsentExpiringDate(grant.consentExpiringDate());
        link.connectedBy(user);
        em.flush();
    }

    /** Brings the accounts up to date and tells the chatter of the connection and of the new accounts. */
    private void connect(OnlineLink link, List<ProxyAccount> accounts, LocalDate startDate, boolean map, String action,
            boolean autoSyncAllowed, String user) {
        List<String> added = upsertAccounts(link, accounts, startDate, map);
        StringBuilder body = new StringBuilder(action);
        if (!added.isEmpty()) {
            body.append(" New accounts: ").append(String.join(", ", added)).append('.');
        }
        chatter.post(link, user, MessageKind.ACTION, body.toString());
        chatter.postAll(link, user, link.connected(autoSyncAllowed, Instant.now(clock), schedule.get()));
    }

    /**
     * Maps the chosen accounts of a link that has no account mapped yet, each with the chatter message
     * of {@link OnlineAccounts#mapToJournal}, and tells which were left out. The link's row is locked
     * first, so two Confirms at once map once: the second finds the accounts mapped.
     *
     * @return true when this call mapped them; false when the link already had an account mapped
     * @throws BadRequestException {@code not-found} for an unknown link or one of another company,
     *         {@code invalid-field} when no account is chosen or one is not the link's; the mapping's refusals
     */
    public boolean mapChosenAccounts(long linkId, LocalDate startDate, List<AccountChoice> choices, String user) {
        OnlineLink link = links.require(linkId);
        em.lock(link, LockModeType.PESSIMISTIC_WRITE);
        if (onlineAccounts.mappedCount(link) > 0) {
            return false;
        }
        if (choices.stream().noneMatch(AccountChoice::chosen)) {
            throw new BadRequestException("invalid-field", "Choose at least one account to import");
        }
        List<String> leftOut = new ArrayList<>();
        for (AccountChoice choice : choices) {
            OnlineAccount account = onlineAccounts.require(choice.accountId());
            if (!account.getLink().getId().equals(linkId)) {
                throw new BadRequestException("invalid-field", "The account " + choice.accountId() + " is not of the link " + link.getName());
            }
            if (choice.chosen()) {
                account.startImportOn(startDate);
                onlineAccounts.mapToJournal(account.getId(), choice.journalId(), user);
            } else {
                leftOut.add(OnlineAccounts.label(account));
            }
        }
        if (!leftOut.isEmpty()) {
            chatter.post(link, user, MessageKind.ACTION, "Left out by " + user + ", not imported until mapped to a journal: "
                    + String.join(", ", leftOut));
        }
        return true;
    }

    private List<String> upsertAccounts(OnlineLink link, List<ProxyAccount> accounts, LocalDate startDate, boolean map) {
        Map<String, OnlineAccount> known = em.createQuery("select a from OnlineAccount a where a.link = :link",
                OnlineAccount.class).setParameter("link", link).getResultStream()
                .collect(Collectors.toMap(OnlineAccount::getOnlineIdentifier, Function.identity()));
        List<String> added = new ArrayList<>();
        for (ProxyAccount p : accounts) {
            OnlineAccount account = known.get(p.onlineIdentifier());
            if (account == null) {
                account = new OnlineAccount(link, p.onlineIdentifier(), p.name(), p.accountNumber(), CurrencyCode.of(p.currencyCode()));
                account.startImportOn(startDate);
                em.persist(account);
                if (map) {
                    journals.mapToMatchingOrNew(account);
                }
                added.add((p.name() == null ? p.onlineIdentifier() : p.name()) + " (" + p.currencyCode() + ")");
            }
            account.recordBalances(p.balance(), p.availableBalance(), account.getLastSync());
        }
        return added;
    }
}
