package erp.onlinesync.sandbox.bank;

import java.math.BigDecimal;

/**
 * How one account of an institution is made: its kind, its size when a link is created, and how it grows.
 *
 * @param name           the account's display name
 * @param currencyCode   ISO 4217 currency of the account
 * @param accountType    the contract's {@code account_type}
 * @param baseCount      posted transactions already there when the link is created (the history)
 * @param perDay         posted transactions added every day after the link's creation (at least 1)
 * @param pendingCount   pending transactions at any time: the next ones to post
 * @param openingBalance the balance before the first transaction of the history
 */
public record AccountPlan(String name, String currencyCode, String accountType, long baseCount, int perDay,
        int pendingCount, BigDecimal openingBalance) {

    public AccountPlan {
        if (baseCount < 1 || perDay < 1 || pendingCount < 0) {
            throw new IllegalArgumentException("An account needs a history, daily growth and no negative pending count");
        }
    }
}
