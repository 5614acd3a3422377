package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.proxy.AnswerReader;
import erp.onlinesync.infrastructure.proxy.ProxyJson;
import erp.onlinesync.infrastructure.proxy.RawAnswer;
import erp.onlinesync.infrastructure.proxy.TransportFault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link SyncProxy} port over Ponto Connect, MyPonto's API, for a link of provider type
 * {@link ProxySession#PONTO_DIRECT}: the one class that knows its wire. The session's client id and secret
 * (in place of the refresh token) buy an OAuth2 access token with the client credentials grant (HTTP Basic
 * client authentication); it is kept through {@link ProxySession#renewAccessToken}, and asked for again when
 * an answer is 401. A second 401, or a refused client, is a revoked integration.
 * <p>
 * Reading: the accounts and the pending transactions page forward ({@code page[after]}, while the answer
 * links a {@code next} page). Posted transactions come newest first: an account's first import without a
 * start date takes the newest {@code sync.ponto.first-import} (100) only; with a start date, pages forward to
 * it; later imports page backward from the newest imported one ({@code page[before]}, while a {@code prev}
 * page is linked), so only newer ones come. The cursor is the opaque {@code next_data}: {@code {"after": id}}
 * or {@code {"before": id}}.
 * <p>
 * Refresh: when the account's data is older than {@code sync.ponto.stale-minutes}, a synchronization
 * ({@code accountTransactions}) is requested and the run waits for it like the proxy's "still fetching".
 * <p>
 * Not in Ponto: institutions and the hosted connect page belong to the proxy ({@link ProxyFailure#BAD_REQUEST});
 * {@link #deleteUser} calls nothing, since the integration itself lives in MyPonto, where a person removes it.
 * Secrets leave this class only in the {@code Authorization} header; messages and logs name paths and codes.
 */
@ApplicationScoped
@Typed(PontoConnectAdapter.class)
public class PontoConnectAdapter implements SyncProxy {

    static final String JSON_API = "application/vnd.api+json";
    /** Attempts of one request through transport faults and 5xx. */
    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofSeconds(1);
    /** A call that meets 401 is three requests: the call, the token, the call again. */
    private static final int REQUESTS_WITH_RENEWAL = 3;
    private static final int HTTP_UNAUTHORIZED = 401;
    private static final int HTTP_BAD_REQUEST = 400;
    private static final Logger LOG = Logger.getLogger(PontoConnectAdapter.class.getName());

    /** Waits between attempts; {@code Thread::sleep} in production, a recorder in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final PontoTransport transport;
    private final Clock clock;
    private final PontoSettings settings;
    private final Sleeper sleeper;

    @Inject
    public PontoConnectAdapter(PontoTransport transport, Clock clock, Config config) {
        this(transport, clock, PontoSettings.from(config), duration -> Thread.sleep(duration.toMillis()));
    }

    PontoConnectAdapter(PontoTransport transport, Clock clock, PontoSettings settings, Sleeper sleeper) {
        this.transport = transport;
        this.clock = clock;
        this.settings = settings;
        this.sleeper = sleeper;
    }

    /** For the CDI client proxy only. */
    protected PontoConnectAdapter() {
        this.transport = null;
        this.clock = null;
        this.settings = null;
        this.sleeper = null;
    }

    @Override
    public Duration longestCall() {
        Duration attempt = settings.connectTimeout().plus(settings.readTimeout());
        Duration waits = BACKOFF.multipliedBy((1L << (ATTEMPTS - 1)) - 1);
        return attempt.multipliedBy(ATTEMPTS).plus(waits).multipliedBy(REQUESTS_WITH_RENEWAL);
    }

    @Override
    public List<Institution> institutions(String country, String query, int limit, CallContext context) {
        throw notInPonto("institutions");
    }

    @Override
    public URI connectUrl(ConnectMode mode, String institutionId, String clientId, URI returnUrl, String state, String lang) {
        throw notInPonto("the hosted connect page");
    }

    @Override
    public TokenGrant exchangeToken(String exchangeToken, CallContext context) {
        throw notInPonto("the exchange token");
    }

    @Override
    public AccountPage accounts(ProxySession session, String nextData, CallContext context) {
        AnswerReader page = get(session, "/accounts", PontoCursor.orFirst(nextData), PontoSettings.MAX_PAGE);
        List<AnswerReader> data = PontoResults.data(page);
        List<ProxyAccount> accounts = data.stream().map(PontoResults::account).toList();
        boolean more = !data.isEmpty() && PontoResults.hasLink(page, "next");
        return new AccountPage(accounts, more ? PontoCursor.after(PontoResults.id(data.get(data.size() - 1))).text() : null);
    }

    @Override
    public RefreshResult refresh(ProxySession session, String accountId, CallContext context) {
        AnswerReader account = account(session, accountId);
        PontoResults.Synchronization latest = PontoResults.latestSynchronization(account);
        if (latest != null && PontoResults.UNDER_WAY.contains(latest.status())) {
            return new RefreshResult(true, false);
        }
        Instant freshSince = clock.instant().minus(settings.staleAfter());
        Instant synchronizedAt = PontoResults.synchronizedAt(account);
        if (synchronizedAt != null && synchronizedAt.isAfter(freshSince)) {
            return new RefreshResult(false, true);
        }
        if (latest != null && latest.updatedAt() != null && latest.updatedAt().isAfter(freshSince)) {
            return ended(accountId, latest); // Ponto would refuse another request this soon
        }
        PontoResults.Synchronization requested = PontoResults.synchronization(PontoResults.resource(
                authorized(session, "POST", uri("/synchronizations", null, 0), synchronizationRequest(accountId))));
        return PontoResults.UNDER_WAY.contains(requested.status()) ? new RefreshResult(true, false) : ended(accountId, requested);
    }

    /** @throws ProxyException when the synchronization failed for a reason a person must act on */
    private static RefreshResult ended(String accountId, PontoResults.Synchronization synchronization) {
        if (PontoResults.ERROR.equals(synchronization.status())) {
            ProxyException known = PontoErrors.ofSynchronization(accountId, synchronization.errorCodes());
            if (known != null) {
                throw known;
            }
            return new RefreshResult(false, false); // what Ponto holds is read all the same
        }
        return new RefreshResult(false, true);
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        String path = "/accounts/" + encode(query.accountId())
                + (query.status() == TransactionStatus.POSTED ? "/transactions" : "/pending-transactions");
        if (query.status() == TransactionStatus.PENDING) {
            return pending(session, query, path, PontoCursor.orFirst(query.nextData()));
        }
        PontoCursor cursor = PontoCursor.parse(query.nextData());
        if (cursor != null && cursor.backward()) {
            return newer(get(session, path, cursor, PontoSettings.MAX_PAGE));
        }
        if (cursor == null && query.lastTransactionIdentifier() != null) {
            try {
                return newer(get(session, path, PontoCursor.before(query.lastTransactionIdentifier()), PontoSettings.MAX_PAGE));
            } catch (ProxyException e) {
                if (e.failure() != ProxyFailure.BAD_REQUEST) {
                    throw e;
                }
                // Ponto no longer knows the newest imported transaction as a cursor: read back to the start date
                LOG.info(() -> "Ponto Connect refused the newest imported transaction as a cursor; reading from the start date");
            }
        }
        return older(session, path, query, cursor);
    }

    /** A page forward (older transactions): the newest only on a first import without a start date, else to the start date. */
    private TransactionPage older(ProxySession session, String path, TransactionQuery query, PontoCursor cursor) {
        boolean firstOnly = cursor == null && query.startDate() == null;
        AnswerReader page = get(session, path, cursor == null ? PontoCursor.after(null) : cursor,
                firstOnly ? settings.firstImport() : PontoSettings.MAX_PAGE);
        List<AnswerReader> data = PontoResults.data(page);
        List<ProxyTransaction> all = data.stream().map(PontoResults::transaction).toList();
        if (firstOnly) {
            return page(all, null);
        }
        List<ProxyTransaction> kept = all.stream().filter(t -> !t.date().isBefore(query.startDate())).toList();
        boolean more = kept.size() == all.size() && !data.isEmpty() && PontoResults.hasLink(page, "next");
        return page(kept, more ? PontoCursor.after(PontoResults.id(data.get(data.size() - 1))).text() : null);
    }

    /** A page of transactions newer than the cursor, and the cursor for the ones newer still. */
    private static TransactionPage newer(AnswerReader page) {
        List<AnswerReader> data = PontoResults.data(page);
        boolean more = !data.isEmpty() && PontoResults.hasLink(page, "prev");
        return page(data.stream().map(PontoResults::transaction).toList(),
                more ? PontoCursor.before(PontoResults.id(data.get(0))).text() : null);
    }

    /** The pending transactions; the last page carries the account's balances, which the run keeps. */
    private TransactionPage pending(ProxySession session, TransactionQuery query, String path, PontoCursor cursor) {
        AnswerReader page = get(session, path, cursor, PontoSettings.MAX_PAGE);
        List<AnswerReader> data = PontoResults.data(page);
        List<ProxyTransaction> transactions = data.stream().map(PontoResults::transaction).toList();
        if (!data.isEmpty() && PontoResults.hasLink(page, "next")) {
            return page(transactions, PontoCursor.after(PontoResults.id(data.get(data.size() - 1))).text());
        }
        AnswerReader account = account(session, query.accountId());
        ProxyAccount balances = PontoResults.account(account);
        return new TransactionPage(transactions, balances.balance(), balances.availableBalance(),
                PontoResults.balanceDate(account), null);
    }

    private static TransactionPage page(List<ProxyTransaction> transactions, String nextData) {
        return new TransactionPage(transactions, null, null, null, nextData);
    }

    /** Connected while the client credentials work; the consent runs out with the first account's authorization. */
    @Override
    public ConnectionStatus connectionStatus(ProxySession session, CallContext context) {
        AnswerReader page = get(session, "/accounts", PontoCursor.after(null), PontoSettings.MAX_PAGE);
        LocalDate expiring = PontoResults.data(page).stream().map(PontoResults::authorizationExpires)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        return new ConnectionStatus("connected", expiring, true, null);
    }

    /** Nothing to revoke through the API: the integration is removed in MyPonto. */
    @Override
    public void deleteUser(ProxySession session, CallContext context) {
        LOG.fine("A direct MyPonto link was disconnected; its integration stays in MyPonto until removed there");
    }

    private AnswerReader account(ProxySession session, String accountId) {
        return PontoResults.resource(authorized(session, "GET", uri("/accounts/" + encode(accountId), null, 0), null));
    }

    private AnswerReader get(ProxySession session, String path, PontoCursor cursor, int limit) {
        return authorized(session, "GET", uri(path, cursor, limit), null);
    }

    /** A call with the access token; on 401 a new token is asked for, stored, and the call sent once more. */
    private AnswerReader authorized(ProxySession session, String method, URI uri, String body) {
        Secret token = session.accessToken() != null ? session.accessToken() : renewAccessToken(session);
        RawAnswer answer = sendWithRetries(method, uri, bearer(token, body), body);
        if (answer.status() == HTTP_UNAUTHORIZED) {
            answer = sendWithRetries(method, uri, bearer(renewAccessToken(session), body), body);
            if (answer.status() == HTTP_UNAUTHORIZED) {
                throw PontoErrors.revoked(uri.getPath(), answer.status());
            }
        }
        return PontoErrors.result(uri.getPath(), answer, clock.instant());
    }

    /** OAuth2 client credentials with HTTP Basic client authentication (RFC 6749 section 2.3.1). */
    private Secret renewAccessToken(ProxySession session) {
        String credentials = form(session.clientId()) + ":" + form(session.refreshToken().reveal());
        Map<String, String> headers = Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json");
        URI token = settings.tokenUrl();
        RawAnswer answer = sendWithRetries("POST", token, headers, "grant_type=client_credentials");
        if (answer.status() == HTTP_UNAUTHORIZED || answer.status() == HTTP_BAD_REQUEST) {
            throw PontoErrors.revoked(token.getPath(), answer.status());
        }
        Secret renewed = Secret.of(PontoErrors.result(token.getPath(), answer, clock.instant()).requiredToken("access_token"));
        session.renewAccessToken(renewed);
        return renewed;
    }

    private static Map<String, String> bearer(Secret token, String body) {
        return body == null ? Map.of("Authorization", "Bearer " + token.reveal(), "Accept", JSON_API)
                : Map.of("Authorization", "Bearer " + token.reveal(), "Accept", JSON_API, "Content-Type", JSON_API);
    }

    /** Retries a transport fault or a 5xx after 1 s, then 2 s; any other answer is returned as it is. */
    private RawAnswer sendWithRetries(String method, URI uri, Map<String, String> headers, String body) {
        Duration wait = BACKOFF;
        for (int attempt = 1; ; attempt++) {
            RawAnswer answer = null;
            try {
                answer = transport.send(method, uri, headers, body);
                if (answer.status() < 500) {
                    return answer;
                }
            } catch (TransportFault e) {
                if (attempt == ATTEMPTS) {
                    throw ProxyException.of(ProxyFailure.TRANSPORT, "No answer from Ponto Connect for " + uri.getPath()
                            + " after " + ATTEMPTS + " attempts");
                }
            }
            if (attempt == ATTEMPTS) {
                return answer;
            }
            int next = attempt + 1;
            LOG.info(() -> "Ponto Connect " + uri.getPath() + ": attempt " + next + " of " + ATTEMPTS);
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProxyException.of(ProxyFailure.TRANSPORT, "Interrupted while waiting to call Ponto Connect again");
        }
    }

    private URI uri(String path, PontoCursor cursor, int limit) {
        StringBuilder query = new StringBuilder();
        if (limit > 0) {
            query.append("?page%5Blimit%5D=").append(limit);
        }
        if (cursor != null && cursor.id() != null) {
            query.append(cursor.backward() ? "&page%5Bbefore%5D=" : "&page%5Bafter%5D=").append(encode(cursor.id()));
        }
        return URI.create(settings.baseUrl() + path + query);
    }

    private static String synchronizationRequest(String accountId) {
        return ProxyJson.object().add("data", ProxyJson.object().add("type", "synchronization")
                .add("attributes", ProxyJson.object().add("resourceType", "account").add("resourceId", accountId)
                        .add("subtype", "accountTransactions"))).build().toString();
    }

    private static ProxyException notInPonto(String what) {
        return ProxyException.of(ProxyFailure.BAD_REQUEST, "A direct MyPonto link has no " + what + ": that is the proxy's");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
