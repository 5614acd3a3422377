package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.journal.StatementLine;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.shared.Secret;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Turns the {@code result} objects of the contract (sections 3 and 5) into the port's values,
 * validating as it goes (see {@link AnswerReader}).
 * <p>
 * Required is what the module cannot work without or what decides between "data" and "no data":
 * the {@code transactions} and {@code accounts} arrays, a transaction's identifier, date and amount,
 * an account's identifier and currency, the link's tokens. Everything else may be missing or null,
 * but when present it must have the right form: a balance that is not a decimal string is an error,
 * not an absent balance. A missing {@code next_data} is read as null (last page), as the contract's
 * own "null means done".
 * <p>
 * Strings are cleaned and cut to the column they end in (lengths from the domain: {@link OnlineAccount},
 * {@link StatementLine}, {@link Institution}, {@link TokenGrant}); identifiers and tokens are refused
 * rather than changed (see {@link AnswerReader#requiredIdentifier}). Values that are not stored
 * (country, logo address, account type, end-to-end id) are cleaned only.
 */
final class ProxyResults {

    private static final Set<String> LINK_STATES = Set.of("connected", "error", "disconnected");
    /** An institution that does not say otherwise allows auto-sync; a 201 switches it off anyway. */
    private static final boolean AUTO_SYNC_BY_DEFAULT = true;

    private ProxyResults() {
    }

    static List<Institution> institutions(AnswerReader result) {
        return result.requiredObjects("institutions").stream().map(ProxyResults::institution).toList();
    }

    static Institution institution(AnswerReader r) {
        return new Institution(r.requiredIdentifier("id", Institution.ID_MAX),
                r.requiredSingleLine("name", Institution.NAME_MAX), r.optionalSingleLine("country"),
                r.optionalSingleLine("logo_url"), providerType(r), r.optionalFlag("beta", false),
                r.optionalFlag("auto_sync_allowed", AUTO_SYNC_BY_DEFAULT), r.optionalCount("history_days", 0));
    }

    /** The refresh token must be Base64, since it is the signing key: refused here, before it is stored. */
    static TokenGrant tokenGrant(AnswerReader r) {
        String refreshToken = r.requiredToken("refresh_token");
        try {
            Base64.getDecoder().decode(refreshToken);
        } catch (IllegalArgumentException e) {
            throw r.malformed("refresh_token", "is not Base64");
        }
        AnswerReader institution = r.optionalObject("institution");
        return new TokenGrant(r.requiredIdentifier("client_id", TokenGrant.CLIENT_ID_MAX), Secret.of(refreshToken),
                accessToken(r), providerType(r), institution == null ? null : institution(institution),
                r.optionalDate("consent_expiring_date"));
    }

    private static String providerType(AnswerReader r) {
        return r.optionalSingleLine("provider_type", Institution.PROVIDER_TYPE_MAX);
    }

    /** Reads {@code access_token}, from {@code get_access_token} or {@code exchange_token}. */
    static Secret accessToken(AnswerReader r) {
        return Secret.of(r.requiredToken("access_token"));
    }

    static AccountPage accountPage(AnswerReader r) {
        List<ProxyAccount> accounts = r.requiredObjects("accounts").stream().map(ProxyResults::account).toList();
        return new AccountPage(accounts, r.optionalJsonText("next_data"));
    }

    private static ProxyAccount account(AnswerReader r) {
        return new ProxyAccount(r.requiredIdentifier("online_identifier", OnlineAccount.ONLINE_IDENTIFIER_MAX),
                r.optionalSingleLine("name", OnlineAccount.NAME_MAX),
                r.optionalSingleLine("account_number", OnlineAccount.ACCOUNT_NUMBER_MAX),
                r.requiredCurrency("currency_code"), r.optionalAmount("balance"), r.optionalAmount("available_balance"),
                r.optionalSingleLine("account_type"));
    }

    static RefreshResult refreshResult(AnswerReader r) {
        return new RefreshResult(r.requiredFlag("currently_fetching"), r.requiredFlag("success"));
    }

    static TransactionPage transactionPage(AnswerReader r) {
        List<ProxyTransaction> transactions = r.requiredObjects("transactions").stream()
                .map(ProxyResults::transaction).toList();
        return new TransactionPage(transactions, r.optionalAmount("balance"), r.optionalAmount("available_balance"),
                r.optionalDate("balance_date"), r.optionalJsonText("next_data"));
    }

    private static ProxyTransaction transaction(AnswerReader r) {
        return new ProxyTransaction(r.requiredIdentifier("online_transaction_identifier", StatementLine.ONLINE_ID_MAX),
                r.requiredDate("date"), r.optionalDate("value_date"),
                r.optionalFreeText("payment_ref", StatementLine.PAYMENT_REF_MAX), r.requiredAmount("amount"),
                r.optionalCurrency("currency_code"), r.optionalFreeText("partner_name", StatementLine.PARTNER_MAX),
                r.optionalSingleLine("account_number", StatementLine.PARTNER_MAX),
                r.optionalCurrency("foreign_currency_code"), r.optionalAmount("amount_currency"),
                r.optionalSingleLine("end_to_end_uuid"), r.optionalSingleLine("pending_transaction_identifier"),
                r.optionalJsonText("transaction_details"));
    }

    static ConnectionStatus connectionStatus(AnswerReader r) {
        return new ConnectionStatus(r.requiredOneOf("state", LINK_STATES), r.optionalDate("consent_expiring_date"),
                r.optionalFlag("auto_sync_allowed", AUTO_SYNC_BY_DEFAULT),
                r.optionalFreeText("message", ProxyException.USER_MESSAGE_MAX));
    }

    /** @throws ProxyException MALFORMED_ANSWER unless {@code deleted} is true */
    static void deletion(AnswerReader r) {
        if (!r.requiredFlag("deleted")) {
            throw r.malformed("deleted", "is not true");
        }
    }
}
