package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.parse;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.result;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.transaction;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.transactionPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Results (contract sections 3 and 5): what is read, and what is refused as malformed. */
class OdoofinProxyAdapterResultsTest {

    private static final TransactionQuery FIRST_PAGE = new TransactionQuery("acc-1", TransactionStatus.POSTED,
            LocalDate.parse("2026-02-01"), "tx-99", "EUR", null);

    private final ProxyFixtures fixtures = new ProxyFixtures();

    @Test
    void readsATransactionPage() {
        fixtures.transport.ok(transactionPage(transaction("tx-1")));

        TransactionPage page = transactions(FIRST_PAGE);

        ProxyTransaction read = page.transactions().get(0);
        assertEquals(new ProxyTransaction("tx-1", LocalDate.parse("2026-02-27"), LocalDate.parse("2026-02-28"),
                "Invoice 2026/0042", new BigDecimal("-1234.56"), "EUR", "ACME sa", "BE71096123456769", "USD",
                new BigDecimal("-1337.1234"), "e2e-tx-1", "p-tx-1", read.transactionDetails()), read);
        assertEquals(Json.createObjectBuilder().add("bank_code", "X1").add("n", 1.50).build(),
                parse(read.transactionDetails()));
        assertEquals(new BigDecimal("1000.00"), page.balance());
        assertEquals(new BigDecimal("900.5"), page.availableBalance());
        assertEquals(LocalDate.parse("2026-02-28"), page.balanceDate());
        assertNull(page.nextData());
    }

    @Test
    void writesTheWholeQuery() {
        fixtures.transport.ok(transactionPage());

        transactions(FIRST_PAGE);

        assertEquals(Json.createObjectBuilder().add("account_id", "acc-1").add("status", "posted")
                .add("start_date", "2026-02-01").add("last_transaction_identifier", "tx-99").add("currency_code", "EUR")
                .addNull("next_data").build(), sentData());
    }

    @Test
    void acceptsATransactionWithOnlyIdentifierDateAndAmount() {
        JsonObjectBuilder bare = Json.createObjectBuilder().add("online_transaction_identifier", "tx-2")
                .add("date", "2026-02-27").add("amount", "5").add("partner_name", JsonValue.NULL)
                .add("currency_code", JsonValue.NULL).add("transaction_details", JsonValue.NULL);
        fixtures.transport.ok(result(Json.createObjectBuilder().add("transactions", Json.createArrayBuilder().add(bare))
                .addNull("balance").addNull("next_data")));

        TransactionPage page = transactions(FIRST_PAGE);

        assertEquals(new ProxyTransaction("tx-2", LocalDate.parse("2026-02-27"), null, null, new BigDecimal("5"), null,
                null, null, null, null, null, null, null), page.transactions().get(0));
        assertNull(page.balance());
    }

    @Test
    void sendsNextDataBackJsonEqualWithTheRestOfTheQueryUnchanged() {
        JsonObject cursor = Json.createObjectBuilder().add("page", 2).add("cursor", "a/b+c")
                .add("deep", Json.createObjectBuilder().add("offset", 1.250).add("ids", Json.createArrayBuilder().add(1)))
                .build();
        fixtures.transport.ok(result(Json.createObjectBuilder().add("transactions", Json.createArrayBuilder()
                .add(transaction("tx-1"))).add("next_data", cursor)));
        fixtures.transport.ok(transactionPage());

        TransactionPage first = transactions(FIRST_PAGE);
        JsonObject firstData = sentData();
        transactions(FIRST_PAGE.nextPage(first.nextData()));
        JsonObject secondData = sentData();

        assertEquals(cursor, secondData.get("next_data"));
        assertEquals(Json.createObjectBuilder(firstData).remove("next_data").build(),
                Json.createObjectBuilder(secondData).remove("next_data").build());
    }

    @Test
    void refusesAResultWithoutTransactionsArray() {
        assertMalformed(result(Json.createObjectBuilder().add("balance", "1.00").addNull("next_data")),
                () -> transactions(FIRST_PAGE));
    }

    @Test
    void refusesTransactionsThatAreNotAnArray() {
        assertMalformed(result(Json.createObjectBuilder().add("transactions", JsonValue.NULL)),
                () -> transactions(FIRST_PAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,50", "1e3", "", "abc", "1.23456", "--1", "1 000.00"})
    void refusesAnAmountThatIsNotADecimalString(String amount) {
        assertMalformedTransaction(t -> t.add("amount", amount));
    }

    @Test
    void refusesAnAmountSentAsANumber() {
        assertMalformedTransaction(t -> t.add("amount", new BigDecimal("-12.50")));
    }

    @Test
    void refusesAForeignAmountThatIsNotADecimalString() {
        assertMalformedTransaction(t -> t.add("amount_currency", 12));
    }

    @Test
    void refusesATransactionWithoutIdentifier() {
        assertMalformedTransaction(t -> t.remove("online_transaction_identifier"));
    }

    @Test
    void refusesATransactionWithoutDate() {
        assertMalformedTransaction(t -> t.addNull("date"));
    }

    @Test
    void refusesATransactionWithoutAmount() {
        assertMalformedTransaction(t -> t.remove("amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"27/02/2026", "2026-02-30", "2026-2-7", "2026-02-27T10:00:00Z"})
    void refusesABadDate(String date) {
        assertMalformedTransaction(t -> t.add("date", date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUE", "euro", "E"})
    void refusesACurrencyThatIsNotIso4217(String currency) {
        assertMalformedTransaction(t -> t.add("foreign_currency_code", currency));
    }

    @Test
    void refusesATextFieldOfAnotherType() {
        assertMalformedTransaction(t -> t.add("payment_ref", Json.createArrayBuilder().add("x")));
    }

    @Test
    void namesTheFieldButNotItsValue() {
        fixtures.transport.ok(transactionPage(transaction("tx-1"), transaction("tx-2").add("amount", "secret-ish")));

        ProxyException e = assertThrows(ProxyException.class, () -> transactions(FIRST_PAGE));

        assertTrue(e.getMessage().contains("transactions[1].amount"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-ish"), e.getMessage());
    }

    @Test
    void readsAccountsAndSendsNextDataBack() {
        JsonObjectBuilder account = Json.createObjectBuilder().add("online_identifier", "acc-1").add("name", "Current")
                .add("account_number", "BE71 0961 2345 6769").add("currency_code", "eur").add("balance", "10.5")
                .addNull("available_balance").add("account_type", "checking")
                .add("account_data", Json.createObjectBuilder().add("x", 1));
        fixtures.transport.ok(result(Json.createObjectBuilder().add("accounts", Json.createArrayBuilder().add(account))
                .add("next_data", Json.createObjectBuilder().add("after", "acc-1"))));

        AccountPage page = fixtures.adapter.accounts(fixtures.session, null, PERSON);

        assertEquals(List.of(new ProxyAccount("acc-1", "Current", "BE71 0961 2345 6769", "EUR", new BigDecimal("10.5"),
                null, "checking")), page.accounts());
        assertEquals(Json.createObjectBuilder().addNull("next_data").build(), sentData());

        fixtures.transport.ok(result(Json.createObjectBuilder().add("accounts", Json.createArrayBuilder())));
        AccountPage last = fixtures.adapter.accounts(fixtures.session, page.nextData(), PERSON);

        assertEquals(Json.createObjectBuilder().add("after", "acc-1").build(), sentData().get("next_data"));
        assertNull(last.nextData(), "a missing next_data means the last page");
    }

    @Test
    void refusesAnAccountWithoutCurrency() {
        assertMalformed(result(Json.createObjectBuilder().add("accounts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("online_identifier", "acc-1")))),
                () -> fixtures.adapter.accounts(fixtures.session, null, PERSON));
    }

    @Test
    void refusesAResultWithoutAccountsArray() {
        assertMalformed(result(Json.createObjectBuilder().addNull("next_data")),
                () -> fixtures.adapter.accounts(fixtures.session, null, PERSON));
    }

    @Test
    void readsInstitutions() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("institutions", Json.createArrayBuilder()
                .add(institution()).add(Json.createObjectBuilder().add("id", "i-2").add("name", "Manual Bank")))));

        List<Institution> institutions = fixtures.adapter.institutions("BE", null, 28, PERSON);

        assertEquals(List.of(new Institution("i-1", "Sandbox Bank", "BE", "https://logo.test/1.png", "ponto", true,
                false, 730), new Institution("i-2", "Manual Bank", null, null, null, false, true, 0)), institutions);
    }

    @Test
    void refusesAnInstitutionWithABadHistory() {
        assertMalformed(result(Json.createObjectBuilder().add("institutions", Json.createArrayBuilder()
                .add(institution().add("history_days", 1.5)))), () -> fixtures.adapter.institutions(null, null, 1, PERSON));
    }

    @Test
    void exchangesAToken() {
        String refreshToken = "c2VjcmV0LWtleQ==";
        fixtures.transport.ok(result(Json.createObjectBuilder().add("client_id", "client-9")
                .add("refresh_token", refreshToken).add("access_token", "at-1").add("provider_type", "ponto")
                .add("institution", institution()).add("consent_expiring_date", "2026-05-30")));

        TokenGrant grant = fixtures.adapter.exchangeToken("xchg-1", PERSON);

        assertEquals("client-9", grant.clientId());
        assertEquals(refreshToken, grant.refreshToken().reveal());
        assertEquals("at-1", grant.accessToken().reveal());
        assertEquals("i-1", grant.institution().id());
        assertEquals(LocalDate.parse("2026-05-30"), grant.consentExpiringDate());
        assertEquals(Json.createObjectBuilder().add("exchange_token", "xchg-1").build(), sentData());
    }

    @Test
    void refusesARefreshTokenThatCannotBeASigningKey() {
        assertMalformed(result(Json.createObjectBuilder().add("client_id", "client-9")
                .add("refresh_token", "not base64!").add("access_token", "at-1")),
                () -> fixtures.adapter.exchangeToken("xchg-1", PERSON));
    }

    @Test
    void readsRefresh() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("currently_fetching", true).add("success", false)));

        assertEquals(new RefreshResult(true, false), fixtures.adapter.refresh(fixtures.session, "acc-1", PERSON));
    }

    @Test
    void refusesARefreshWithoutItsFlags() {
        assertMalformed(result(Json.createObjectBuilder().add("currently_fetching", "yes").add("success", true)),
                () -> fixtures.adapter.refresh(fixtures.session, "acc-1", PERSON));
    }

    @Test
    void readsConnectionStatus() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("state", "error")
                .add("consent_expiring_date", "2026-03-03").add("auto_sync_allowed", false).add("message", "Relink")));

        assertEquals(new ConnectionStatus("error", LocalDate.parse("2026-03-03"), false, "Relink"),
                fixtures.adapter.connectionStatus(fixtures.session, PERSON));
    }

    @Test
    void refusesAnUnknownLinkState() {
        assertMalformed(result(Json.createObjectBuilder().add("state", "sleeping")),
                () -> fixtures.adapter.connectionStatus(fixtures.session, PERSON));
    }

    @Test
    void deletesTheUser() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("deleted", true)));

        fixtures.adapter.deleteUser(fixtures.session, PERSON);

        assertEquals(ProxyRestClient.DELETE_USER, fixtures.transport.last().path());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, sentData());
    }

    @Test
    void refusesADeletionThatIsNotConfirmed() {
        assertMalformed(result(Json.createObjectBuilder().add("deleted", false)),
                () -> fixtures.adapter.deleteUser(fixtures.session, PERSON));
    }

    private static JsonObjectBuilder institution() {
        return Json.createObjectBuilder().add("id", "i-1").add("name", "Sandbox Bank").add("country", "BE")
                .add("logo_url", "https://logo.test/1.png").add("provider_type", "ponto").add("beta", true)
                .add("auto_sync_allowed", false).add("history_days", 730);
    }

    private void assertMalformedTransaction(UnaryOperator<JsonObjectBuilder> change) {
        assertMalformed(transactionPage(transaction("tx-1"), change.apply(transaction("tx-2"))),
                () -> transactions(FIRST_PAGE));
    }

    private void assertMalformed(String answer, Executable call) {
        fixtures.transport.ok(answer);

        assertEquals(ProxyFailure.MALFORMED_ANSWER, assertThrows(ProxyException.class, call).failure());
        assertEquals(1, fixtures.transport.sent().size(), "a result that breaks the contract is not retried");
    }

    private TransactionPage transactions(TransactionQuery query) {
        return fixtures.adapter.transactions(fixtures.session, query, PERSON);
    }

    private JsonObject sentData() {
        return parse(fixtures.transport.last().body()).getJsonObject("data");
    }
}
