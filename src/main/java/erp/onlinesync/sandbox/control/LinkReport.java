package erp.onlinesync.sandbox.control;

import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.SandboxTransaction;
import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.proxy.WireJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a test needs to check the module against the sandbox: the link's state ({@link #summary}) and, per
 * chosen account, the opening balance, the balances and the full list of posted (and pending) transaction
 * identifiers, oldest first ({@link #write}). The report is streamed: Big Bank's million identifiers are
 * never held in memory (and can be left out).
 */
final class LinkReport {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private LinkReport() {
    }

    static JsonObject summary(Link link, Clock clock) {
        return WireJson.JSON.createObjectBuilder()
                .add("client_id", link.clientId())
                .add("institution_id", link.bank().id())
                .add("seed", Long.toHexString(link.seed()))
                .add("today", link.today(clock).toString())
                .add("consent_expiring_date", link.grant().consentExpiring().toString())
                .add("consent_valid", link.consentValid(clock))
                .add("access_token_expired", link.accessExpired())
                .add("signed_calls", link.usage().calls())
                .add("quota_calls", link.usage().quotaCalls())
                .build();
    }

    /** @param identifiers whether to list the posted transactions' identifiers */
    static void write(Link link, Clock clock, boolean identifiers, OutputStream out) {
        LocalDate today = link.today(clock);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            summary(link, clock).forEach(json::write);
            json.writeStartArray("accounts");
            for (AccountHistory account : link.selectedAccounts()) {
                writeAccount(json, account, today, identifiers);
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void writeAccount(JsonGenerator json, AccountHistory account, LocalDate today, boolean identifiers) {
        String currency = account.currencyCode();
        long count = account.postedCount(today);
        json.writeStartObject()
                .write("online_identifier", account.id())
                .write("name", account.name())
                .write("account_number", account.accountNumber())
                .write("currency_code", currency)
                .write("opening_balance", WireJson.money(account.openingBalance(), currency))
                .write("balance", WireJson.money(account.balance(today), currency))
                .write("available_balance", WireJson.money(account.availableBalance(today), currency))
                .write("balance_date", today.toString())
                .write("posted_count", count);
        if (identifiers) {
            json.writeStartArray("posted_identifiers");
            for (long i = 0; i < count; i++) {
                json.write(account.postedIdentifier(i));
            }
            json.writeEnd();
        }
        json.writeStartArray("pending_identifiers");
        account.pending(today).stream().map(SandboxTransaction::identifier).forEach(json::write);
        json.writeEnd().writeEnd();
    }
}
