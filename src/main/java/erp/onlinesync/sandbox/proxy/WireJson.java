package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.bank.SandboxTransaction;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * The contract's JSON objects (Institution, Account, Transaction, paging) written with JSON-P: money as
 * decimal strings with the currency's decimals, dates as {@code YYYY-MM-DD}, absent values as explicit nulls.
 */
public final class WireJson {

    /** One factory for the whole sandbox: looking the JSON-P provider up at every object is slow. */
    public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());
    static final String NEXT_OFFSET = "offset";

    private WireJson() {
    }

    /** @param sandboxBase the sandbox's base URL ending in a slash, for the logo's absolute address */
    public static JsonObject institution(Bank bank, URI sandboxBase) {
        return JSON.createObjectBuilder()
                .add("id", bank.id())
                .add("name", bank.displayName())
                .add("country", bank.country())
                .add("logo_url", sandboxBase.resolve("logos/" + bank.id() + ".svg").toString())
                .add("provider_type", bank.providerType())
                .add("beta", bank.beta())
                .add("auto_sync_allowed", bank.autoSyncAllowed())
                .add("history_days", bank.historyDays())
                .build();
    }

    static JsonObject account(AccountHistory account, LocalDate today) {
        return JSON.createObjectBuilder()
                .add("online_identifier", account.id())
                .add("name", account.name())
                .add("account_number", account.accountNumber())
                .add("currency_code", account.currencyCode())
                .add("balance", money(account.balance(today), account.currencyCode()))
                .add("available_balance", money(account.availableBalance(today), account.currencyCode()))
                .add("account_type", account.accountType())
                .add("account_data", JSON.createObjectBuilder().add("sandbox", true))
                .build();
    }

    static JsonObject transaction(SandboxTransaction t) {
        JsonObjectBuilder details = JSON.createObjectBuilder();
        t.transactionDetails().forEach(details::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("online_transaction_identifier", t.identifier())
                .add("date", t.date().toString())
                .add("value_date", t.valueDate().toString())
                .add("payment_ref", t.paymentRef())
                .add("amount", money(t.amount(), t.currencyCode()))
                .add("currency_code", t.currencyCode());
        optional(json, "partner_name", t.partnerName());
        optional(json, "account_number", t.accountNumber());
        optional(json, "foreign_currency_code", t.foreignCurrencyCode());
        optional(json, "amount_currency", t.amountCurrency() == null ? null : money(t.amountCurrency(), t.foreignCurrencyCode()));
        optional(json, "end_to_end_uuid", t.endToEndUuid());
        optional(json, "pending_transaction_identifier", t.pendingTransactionIdentifier());
        return json.add("transaction_details", details).build();
    }

    /** @return the opaque {@code next_data} that asks for the page starting at {@code offset} */
    static JsonObject nextData(long offset) {
        return JSON.createObjectBuilder().add(NEXT_OFFSET, offset).build();
    }

    /** @return a paging field: the next page's {@code next_data}, or null when {@code next} is not below {@code size} */
    static JsonValue nextDataOrNull(long next, long size) {
        return next < size ? nextData(next) : JsonValue.NULL;
    }

    /** @return the amount with its currency's decimals (at least), as the contract's decimal string */
    public static String money(BigDecimal amount, String currencyCode) {
        return Amounts.format(amount, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }

    public static String write(JsonObject json) {
        StringWriter out = new StringWriter();
        try (var writer = WRITERS.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
