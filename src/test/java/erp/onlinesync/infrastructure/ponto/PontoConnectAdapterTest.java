package erp.onlinesync.infrastructure.ponto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.link.HeldSession;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.sandbox.MutableClock;
import erp.onlinesync.sandbox.ponto.PontoConnectFake;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MyPonto adapter's decisions against the sandbox's fake Ponto Connect, in memory. */
class PontoConnectAdapterTest {

    private static final String CLIENT_ID = "ponto-client-1";
    private static final String SECRET = "s3cret-of-ponto-client-1";
    private static final CallContext TIMER = CallContext.timer();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final FakePontoTransport transport = new FakePontoTransport(new PontoConnectFake(clock));
    private final List<Duration> sleeps = new ArrayList<>();
    private final PontoConnectAdapter adapter = new PontoConnectAdapter(transport, clock,
            PontoSettings.of(FakePontoTransport.BASE), sleeps::add);
    private final ProxySession session = session(SECRET);
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(PontoConnectAdapter.class.getPackageName());

    @BeforeEach
    void captureLogs() {
        logger.addHandler(capture);
        logger.setLevel(Level.ALL);
    }

    @AfterEach
    void noSecretLogged() {
        logger.removeHandler(capture);
        logged.forEach(line -> assertFalse(line.contains(SECRET), line));
    }

    @Test
    void clientCredentialsWithBasicAuthBuyTheTokenThatTheSessionKeeps() {
        AccountPage page = adapter.accounts(session, null, TIMER);

        FakePontoTransport.Sent token = transport.sent.get(0);
        assertEquals("POST", token.method());
        assertEquals(FakePontoTransport.BASE + "/oauth2/token", token.uri().toString());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)),
                token.headers().get("Authorization"));
        assertEquals("grant_type=client_credentials", token.body());
        assertNotNull(session.accessToken());
        assertEquals("Bearer " + session.accessToken().reveal(), transport.sent.get(1).headers().get("Authorization"));
        assertEquals(2, page.accounts().size());
        assertEquals("EUR", page.accounts().get(0).currencyCode());
        assertTrue(page.accounts().get(0).accountNumber().startsWith("BE"));
        assertNotNull(page.accounts().get(0).balance());
        assertNull(page.nextData());
    }

    @Test
    void theFirstImportTakesTheNewestHundredOnly() {
        TransactionPage first = adapter.transactions(session, posted(null, null), TIMER);

        assertEquals(100, first.transactions().size());
        assertNull(first.nextData());
        assertTrue(transport.sent.get(transport.sent.size() - 1).uri().toString().contains("page%5Blimit%5D=100"));
        assertTrue(first.transactions().get(0).date().compareTo(first.transactions().get(99).date()) >= 0, "newest first");
    }

    @Test
    void aLaterImportPagesBackwardFromTheNewestImportedAndBringsOnlyNewerOnes() {
        String newest = adapter.transactions(session, posted(null, null), TIMER).transactions().get(0).onlineTransactionIdentifier();
        transport.fake.control(CLIENT_ID, "add-transactions", 130);

        TransactionPage page = adapter.transactions(session, posted(newest, null), TIMER);
        assertTrue(transport.sent.get(transport.sent.size() - 1).uri().toString().contains("page%5Bbefore%5D=" + newest));
        assertEquals(100, page.transactions().size());
        assertNotNull(page.nextData(), "130 newer: a second page");
        TransactionPage rest = adapter.transactions(session, posted(newest, null).nextPage(page.nextData()), TIMER);
        assertEquals(30, rest.transactions().size());
        assertNull(rest.nextData());
        List<String> ids = new ArrayList<>();
        rest.transactions().forEach(t -> ids.add(t.onlineTransactionIdentifier()));
        page.transactions().forEach(t -> ids.add(t.onlineTransactionIdentifier()));
        assertFalse(ids.contains(newest));
        assertEquals(130, ids.stream().distinct().count());
    }

    @Test
    void aNewestImportedThatPontoNoLongerKnowsFallsBackToTheStartDate() {
        LocalDate start = LocalDate.parse("2026-11-30");
        TransactionPage page = adapter.transactions(session, posted("gone-transaction", start), TIMER);

        assertFalse(page.transactions().isEmpty());
        assertTrue(page.transactions().stream().noneMatch(t -> t.date().isBefore(start)));
    }

    @Test
    void aChosenStartDatePagesForwardUntilIt() {
        LocalDate start = LocalDate.parse("2026-11-27");
        TransactionPage page = adapter.transactions(session, posted(null, start), TIMER);
        List<ProxyTransaction> all = new ArrayList<>(page.transactions());
        while (page.nextData() != null) {
            page = adapter.transactions(session, posted(null, start).nextPage(page.nextData()), TIMER);
            all.addAll(page.transactions());
        }
        assertTrue(all.size() > 100, "more than a page: " + all.size());
        assertTrue(all.stream().noneMatch(t -> t.date().isBefore(start)));
    }

    @Test
    void pendingTransactionsComeApartWithTheAccountsBalances() {
        TransactionPage pending = adapter.transactions(session,
                new TransactionQuery(accountId(), TransactionStatus.PENDING, null, null, "EUR", null), TIMER);

        assertEquals(3, pending.transactions().size());
        assertTrue(transport.sent.stream().anyMatch(s -> s.uri().getPath().endsWith("/pending-transactions")));
        assertNotNull(pending.balance());
        assertEquals(LocalDate.parse("2026-12-01"), pending.balanceDate());
    }

    @Test
    void freshDataIsReadWithoutASynchronization() {
        assertEquals(new RefreshResult(false, true), adapter.refresh(session, accountId(), TIMER));
        assertEquals(0, report("synchronizations_requested"));
    }

    @Test
    void staleDataAsksForASynchronizationAndTheRunWaitsForIt() {
        String account = accountId();
        transport.fake.control(CLIENT_ID, "stale", 0);

        assertEquals(new RefreshResult(true, false), adapter.refresh(session, account, TIMER));
        FakePontoTransport.Sent request = transport.sent.get(transport.sent.size() - 1);
        assertEquals("POST", request.method());
        assertTrue(request.body().contains("\"subtype\":\"accountTransactions\""));
        assertTrue(request.body().contains("\"resourceType\":\"account\""));
        assertEquals(new RefreshResult(false, true), adapter.refresh(session, account, TIMER), "done at the next look");
        assertEquals(1, report("synchronizations_requested"));
    }

    @Test
    void anExpiredAccessTokenIsRenewedOnceAndTheCallGoesThrough() {
        accountId();
        Secret first = session.accessToken();
        transport.fake.control(CLIENT_ID, "expire-tokens", 0);

        assertEquals(100, adapter.transactions(session, posted(null, null), TIMER).transactions().size());
        assertFalse(first.equals(session.accessToken()));
        assertEquals(2, report("tokens_issued"));
    }

    @Test
    void aRevokedIntegrationDisconnectsTheLinkWithReconnectInMyPonto() {
        accountId();
        transport.fake.control(CLIENT_ID, "revoke", 0);

        ProxyException e = assertThrows(ProxyException.class, () -> adapter.refresh(session, "x", TIMER));
        assertEquals(ProxyFailure.CONSENT_REVOKED, e.failure());
        assertTrue(e.userMessage().contains("Reconnect in MyPonto"), e.userMessage());
        assertEquals(LinkState.DISCONNECTED, ErrorEffect.of(e).linkState());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void wrongCredentialsAreRefusedAsRevoked() {
        adapter.accounts(session, null, TIMER);
        ProxySession other = session("another-secret-123");

        ProxyException e = assertThrows(ProxyException.class, () -> adapter.accounts(other, null, TIMER));
        assertEquals(ProxyFailure.CONSENT_REVOKED, e.failure());
        assertFalse(e.getMessage().contains("another-secret-123"));
    }

    @Test
    void theHundredAndEightyDayReauthorizationIsExplained() {
        String account = accountId();
        transport.fake.control(CLIENT_ID, "authorization-expired", 0);

        ProxyException e = assertThrows(ProxyException.class, () -> adapter.refresh(session, account, TIMER));
        assertEquals(ProxyFailure.PROVIDER_UNAVAILABLE, e.failure());
        assertTrue(e.userMessage().contains("180 days"), e.userMessage());
    }

    @Test
    void anUnpaidSubscriptionIsExplained() {
        String account = accountId();
        transport.fake.control(CLIENT_ID, "unpaid", 0);

        ProxyException e = assertThrows(ProxyException.class, () -> adapter.refresh(session, account, TIMER));
        assertEquals(ProxyFailure.PROVIDER_UNAVAILABLE, e.failure());
        assertTrue(e.userMessage().contains("subscription is unpaid"), e.userMessage());
    }

    @Test
    void rateLimitingMakesTheRunWaitUntilTheTimePontoGives() {
        String account = accountId();
        transport.fake.control(CLIENT_ID, "rate-limit", 120);

        ProxyException e = assertThrows(ProxyException.class, () -> adapter.refresh(session, account, TIMER));
        assertEquals(ProxyFailure.QUOTA_REACHED, e.failure());
        assertEquals(clock.instant().plusSeconds(120), e.retryAfter());
        assertEquals(RunState.WAITING, ErrorEffect.of(e).runState());
    }

    @Test
    void serverErrorsAndSilenceAreRetriedWithBackoff() {
        String account = accountId();
        transport.failNext(503, 0);

        assertEquals(new RefreshResult(false, true), adapter.refresh(session, account, TIMER));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);

        transport.failNext(500, 500, 500);
        ProxyException e = assertThrows(ProxyException.class, () -> adapter.refresh(session, account, TIMER));
        assertEquals(ProxyFailure.TRANSPORT, e.failure());
    }

    @Test
    void aMalformedAnswerIsRefusedNotTakenForNothingNew() {
        String account = accountId();
        PontoConnectAdapter broken = new PontoConnectAdapter((m, u, h, b) -> new erp.onlinesync.infrastructure.proxy.RawAnswer(200,
                null, "{\"data\":[{\"type\":\"transaction\",\"id\":\"t1\",\"attributes\":{\"amount\":\"12.30\"}}]}"), clock,
                PontoSettings.of(FakePontoTransport.BASE), sleeps::add);

        ProxyException e = assertThrows(ProxyException.class, () -> broken.transactions(session, posted(null, null), TIMER));
        assertEquals(ProxyFailure.MALFORMED_ANSWER, e.failure());
        assertNotNull(account);
    }

    @Test
    void proxyOnlyCallsAreRefusedTyped() {
        ProxyException e = assertThrows(ProxyException.class, () -> adapter.institutions("BE", null, 10, TIMER));
        assertEquals(ProxyFailure.BAD_REQUEST, e.failure());
    }

    /** A direct MyPonto link's session in memory: no access token until the adapter asks for one. */
    private static ProxySession session(String secret) {
        return new HeldSession(ProxySession.PONTO_DIRECT, CLIENT_ID, Secret.of(secret), null);
    }

    private String accountId() {
        return adapter.accounts(session, null, TIMER).accounts().get(0).onlineIdentifier();
    }

    private TransactionQuery posted(String lastId, LocalDate start) {
        return new TransactionQuery(accountId(), TransactionStatus.POSTED, start, lastId, "EUR", null);
    }

    private int report(String field) {
        return transport.fake.control(CLIENT_ID, "report", 0).orElseThrow().getInt(field);
    }
}
