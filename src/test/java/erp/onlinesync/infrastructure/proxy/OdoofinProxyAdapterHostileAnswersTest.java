package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.error;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.result;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.transaction;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.transactionPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.journal.StatementLine;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile and oversized strings in answers: cleaned and cut to their columns before they become domain
 * values, or refused as malformed where changing them could merge two records; never passed on raw.
 */
class OdoofinProxyAdapterHostileAnswersTest {

    private static final TransactionQuery QUERY = new TransactionQuery("acc-1", TransactionStatus.POSTED, null, null,
            "EUR", null);

    private final ProxyFixtures fixtures = new ProxyFixtures();

    @Test
    void cutsAndCleansTheUserMessageAndTheReferenceOfAnError() {
        fixtures.transport.ok(error(200, Json.createObjectBuilder().add("message", "Bank\u0000 down. " + "x".repeat(5000))
                .add("error_reference", "REF\n" + "r".repeat(500)).add("mode", "re\u0000connect")));

        ProxyException e = assertThrows(ProxyException.class,
                () -> fixtures.adapter.connectionStatus(fixtures.session, PERSON));

        assertEquals(ProxyFailure.PROVIDER_UNAVAILABLE, e.failure());
        assertEquals(ProxyException.USER_MESSAGE_MAX, e.userMessage().length());
        assertTrue(e.userMessage().startsWith("Bank down. xxx"), e.userMessage().substring(0, 20));
        assertEquals(ProxyException.ERROR_REFERENCE_MAX, e.errorReference().length());
        assertTrue(e.errorReference().startsWith("REFrrr"));
        assertEquals("reconnect", e.mode());
        assertFalse(e.getMessage().contains("\n"), "the technical message stays on one line");
    }

    @Test
    void aReferenceOfControlCharactersOnlyIsNoReference() {
        fixtures.transport.ok(error(200, Json.createObjectBuilder().add("error_reference", "\u0000\u0001")));

        ProxyException e = assertThrows(ProxyException.class,
                () -> fixtures.adapter.connectionStatus(fixtures.session, PERSON));

        assertEquals(null, e.errorReference());
    }

    @Test
    void anExceptionBuiltOutsideTheAdapterIsCleanedToo() {
        ProxyException e = new ProxyException(ProxyFailure.PROVIDER_UNAVAILABLE, 200, "webhook connection_error",
                "m\u0000".repeat(3000), "r".repeat(500), " ", null);

        assertEquals(ProxyException.USER_MESSAGE_MAX, e.userMessage().length());
        assertFalse(e.userMessage().contains("\u0000"));
        assertEquals(ProxyException.ERROR_REFERENCE_MAX, e.errorReference().length());
        assertEquals(null, e.mode(), "blank is absent");
    }

    @Test
    void cutsALongAccountNameAndNumberAndDropsTheirControlCharacters() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("accounts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("online_identifier", "acc-1").add("name", "N\u0000" + "n".repeat(300))
                        .add("account_number", "BE71\t" + "9".repeat(200)).add("currency_code", "EUR")))));

        ProxyAccount account = fixtures.adapter.accounts(fixtures.session, null, PERSON).accounts().get(0);

        assertEquals(OnlineAccount.NAME_MAX, account.name().length());
        assertTrue(account.name().startsWith("Nnnn"));
        assertEquals(OnlineAccount.ACCOUNT_NUMBER_MAX, account.accountNumber().length());
        assertTrue(account.accountNumber().startsWith("BE719"));
    }

    @Test
    void cleansATransactionsTextsAndKeepsTheLayoutOfItsLabel() {
        fixtures.transport.ok(transactionPage(transaction("tx-1").add("payment_ref", "Invoice\u0000 42\n\tpaid")
                .add("partner_name", "ACME\u0000 " + "p".repeat(3000)).add("account_number", "BE71\n0961")
                .add("end_to_end_uuid", "e2e\u0000-1")));

        ProxyTransaction t = fixtures.adapter.transactions(fixtures.session, QUERY, PERSON).transactions().get(0);

        assertEquals("Invoice 42\n\tpaid", t.paymentRef());
        assertEquals(StatementLine.PARTNER_MAX, t.partnerName().length());
        assertTrue(t.partnerName().startsWith("ACME ppp"));
        assertEquals("BE710961", t.accountNumber());
        assertEquals("e2e-1", t.endToEndUuid());
    }

    @Test
    void cutsALabelLongerThanItsColumn() {
        fixtures.transport.ok(transactionPage(transaction("tx-1").add("payment_ref", "l".repeat(9000))));

        ProxyTransaction t = fixtures.adapter.transactions(fixtures.session, QUERY, PERSON).transactions().get(0);

        assertEquals(StatementLine.PAYMENT_REF_MAX, t.paymentRef().length());
    }

    @Test
    void refusesATransactionIdentifierLongerThanItsColumnRatherThanCutIt() {
        String id = "t".repeat(StatementLine.ONLINE_ID_MAX + 1);
        ProxyException e = assertMalformed(transactionPage(transaction(id)),
                () -> fixtures.adapter.transactions(fixtures.session, QUERY, PERSON));

        assertTrue(e.getMessage().contains("online_transaction_identifier is longer than 255"), e.getMessage());
        assertFalse(e.getMessage().contains(id), "the value is not quoted");
    }

    @Test
    void acceptsATransactionIdentifierOfExactlyItsColumn() {
        String id = "t".repeat(StatementLine.ONLINE_ID_MAX);
        fixtures.transport.ok(transactionPage(transaction(id)));

        assertEquals(id, fixtures.adapter.transactions(fixtures.session, QUERY, PERSON).transactions().get(0)
                .onlineTransactionIdentifier());
    }

    @Test
    void refusesATransactionIdentifierWithAControlCharacter() {
        assertMalformed(transactionPage(transaction("tx\u00001")),
                () -> fixtures.adapter.transactions(fixtures.session, QUERY, PERSON));
    }

    @Test
    void refusesAnAccountIdentifierLongerThanItsColumn() {
        assertMalformed(result(Json.createObjectBuilder().add("accounts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("online_identifier", "a".repeat(OnlineAccount.ONLINE_IDENTIFIER_MAX + 1))
                        .add("currency_code", "EUR")))),
                () -> fixtures.adapter.accounts(fixtures.session, null, PERSON));
    }

    @Test
    void refusesAClientIdLongerThanItsColumn() {
        assertMalformed(grant("c".repeat(TokenGrant.CLIENT_ID_MAX + 1), "at-1"),
                () -> fixtures.adapter.exchangeToken("xchg-1", PERSON));
    }

    @Test
    void refusesAnAccessTokenThatCouldNotBeSealedOrSent() {
        assertMalformed(grant("client-9", "a".repeat(TokenGrant.TOKEN_MAX + 1)),
                () -> fixtures.adapter.exchangeToken("xchg-1", PERSON));
        ProxyFixtures other = new ProxyFixtures();
        other.transport.ok(grant("client-9", "at\n1"));
        assertEquals(ProxyFailure.MALFORMED_ANSWER, assertThrows(ProxyException.class,
                () -> other.adapter.exchangeToken("xchg-1", PERSON)).failure());
    }

    @Test
    void cutsTheInstitutionNameAndProviderTypeOfAGrant() {
        fixtures.transport.ok(result(grantBody("client-9", "at-1").add("provider_type", "p\u0000" + "p".repeat(100))
                .add("institution", Json.createObjectBuilder().add("id", "hostile_bank").add("name", "H".repeat(300)))));

        TokenGrant grant = fixtures.adapter.exchangeToken("xchg-1", PERSON);

        assertEquals(Institution.PROVIDER_TYPE_MAX, grant.providerType().length());
        assertEquals(Institution.NAME_MAX, grant.institution().name().length());
    }

    @Test
    void refusesAnInstitutionNameOfControlCharactersOnly() {
        assertMalformed(result(Json.createObjectBuilder().add("institutions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "i-1").add("name", "\u0000\u0000")))),
                () -> fixtures.adapter.institutions(null, null, 1, PERSON));
    }

    @Test
    void cutsTheMessageOfAConnectionStatus() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("state", "error").add("message", "m".repeat(5000))));

        assertEquals(ProxyException.USER_MESSAGE_MAX,
                fixtures.adapter.connectionStatus(fixtures.session, PERSON).message().length());
    }

    private static String grant(String clientId, String accessToken) {
        return result(grantBody(clientId, accessToken));
    }

    private static JsonObjectBuilder grantBody(String clientId, String accessToken) {
        return Json.createObjectBuilder().add("client_id", clientId).add("refresh_token", "c2VjcmV0LWtleQ==")
                .add("access_token", accessToken);
    }

    private ProxyException assertMalformed(String answer, Executable call) {
        fixtures.transport.ok(answer);
        ProxyException e = assertThrows(ProxyException.class, call);
        assertEquals(ProxyFailure.MALFORMED_ANSWER, e.failure());
        return e;
    }
}
