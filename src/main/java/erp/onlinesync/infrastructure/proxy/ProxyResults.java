package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyAccount;
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
        return new Institution(r.requiredText("id"), r.requiredText("name"), r.optionalText("country"),
                r.optionalText("logo_url"), r.optionalText("provider_type"), r.optionalFlag("beta", false),
                r.optionalFlag("auto_sync_allowed", AUTO_SYNC_BY_DEFAULT), r.optionalCount("history_days", 0));
    }

    /** The refresh token must be Base64, since it is the signing key: refused here, before it is stored. */
    static TokenGrant tokenGrant(AnswerReader r) {
        String refreshToken = r.requiredText("refresh_token");
        try {
            Base64.getDecoder().decode(refreshToken);
        } catch (IllegalArgumentException e) {
            throw r.malformed("refresh_token", "is not Base64");
        }
        AnswerReader institution = r.optionalObject("institution");
        return new TokenGrant(r.requiredText("client_id"), Secret.of(refreshToken), accessToken(r),
                r.optionalText("provider_type"), institution == null ? null : institution(institution),
                r.optionalDate("consent_expiring_date"));
    }

    /** Reads {@code access_token}, from {@code get_access_token} or {@code exchange_token}. */
    static Secret accessToken(AnswerReader r) {
        return Secret.of(r.requiredText("access_token"));
    }

    static AccountPage accountPage(AnswerReader r) {
        List<ProxyAccount> accounts = r.requiredObjects("accounts").stream().map(ProxyResults::account).toList();
        return new AccountPage(accounts, r.optionalJsonText("next_data"));
    }

    private static ProxyAccount account(AnswerReader r) {
        return new ProxyAccount(r.requiredText("online_identifier"), r.optionalText("name"),
                r.optionalText("account_number"), r.requiredCurrency("currency_code"), r.optionalAmount("balance"),
                r.optionalAmount("available_balance"), r.optionalText("account_type"));
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
        return new ProxyTransaction(r.requiredText("online_transaction_identifier"), r.requiredDate("date"),
                r.optionalDate("value_date"), r.optionalText("payment_ref"), r.requiredAmount("amount"),
                r.optionalCurrency("currency_code"), r.optionalText("partner_name"), r.optionalText("account_number"),
                r.optionalCurrency("foreign_currency_code"), r.optionalAmount("amount_currency"),
                r.optionalText("end_to_end_uuid"), r.optionalText("pending_transaction_identifier"),
                r.optionalJsonText("transaction_details"));
    }

    static ConnectionStatus connectionStatus(AnswerReader r) {
        String state = r.requiredText("state");
        if (!LINK_STATES.contains(state)) {
            throw r.malformed("state", "is not connected, error or disconnected");
        }
        return new ConnectionStatus(state, r.optionalDate("consent_expiring_date"),
                r.optionalFlag("auto_sync_allowed", AUTO_SYNC_BY_DEFAULT), r.optionalText("message"));
    }

    /** @throws erp.onlinesync.domain.proxy.ProxyException MALFORMED_ANSWER unless {@code deleted} is true */
    static void deletion(AnswerReader r) {
        if (!r.requiredFlag("deleted")) {
            throw r.malformed("deleted", "is not true");
        }
    }
}
