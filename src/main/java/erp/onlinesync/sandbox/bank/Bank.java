package erp.onlinesync.sandbox.bank;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox's institutions. Each one exists to exercise one part of the contract; what it does
 * beyond the healthy flow is decided by the proxy's rules, which switch on the constant:
 * <ul>
 * <li>{@link #SANDBOX} {@code sandbox_bank}: healthy, two EUR accounts and one USD, a few thousand
 * transactions, some in a foreign currency, a few pending ones that post later under a new identifier.</li>
 * <li>{@link #FLAKY} {@code flaky_bank}: transport faults (5xx, 429, slow and malformed answers), resent
 * pages and shuffled dates, reproducible by call number.</li>
 * <li>{@link #MANUAL} {@code manual_bank}: forbids unattended synchronization (201 on {@code utils.cron}).</li>
 * <li>{@link #EXPIRED_CONSENT} {@code expired_consent_bank}: consent ends in 2 days; 102 after the first full sync.</li>
 * <li>{@link #QUOTA} {@code quota_bank}: 202 after a number of signed calls, for an hour.</li>
 * <li>{@link #BIG} {@code big_bank}: one account with a configurable number of transactions (a million).</li>
 * <li>{@link #DOWN} {@code down_bank}: 200 on refresh and transactions.</li>
 * <li>{@link #ACTION} {@code action_bank}: 300 (updateCredentials) until the user goes through the connect
 * page in that mode.</li>
 * <li>{@link #HOSTILE} {@code hostile_bank}: answers the module must make safe at its border: a 300-character
 * account name, a U+0000 in every label, 1,500-character partner names, and once per link, on the first
 * transactions call that asks for a second page, a 200 error with a 5,000-character message and a
 * 500-character error reference (see {@link HostileAnswers}).</li>
 * </ul>
 */
public enum Bank {
    SANDBOX("sandbox_bank", "Sandbox Bank", "BE", "ponto", false, true, 730),
    FLAKY("flaky_bank", "Flaky Bank", "BE", "plaid", true, true, 730),
    MANUAL("manual_bank", "Manual Bank", "FR", "saltedge", false, false, 365),
    EXPIRED_CONSENT("expired_consent_bank", "Expired Consent Bank", "DE", "enable_banking", false, true, 365),
    QUOTA("quota_bank", "Quota Bank", "LU", "yodlee", false, true, 365),
    BIG("big_bank", "Big Bank", "BE", "ponto", true, true, 1825),
    DOWN("down_bank", "Down Bank", "BE", "yodlee", false, true, 365),
    ACTION("action_bank", "Action Bank", "FR", "saltedge", false, true, 365),
    HOSTILE("hostile_bank", "Hostile Bank", "BE", "plaid", false, true, 365);

    private static final int PAGE_SIZE = 100;
    /** A typical PSD2 consent lasts 180 days. */
    private static final int CONSENT_DAYS = 180;
    private static final int SHORT_CONSENT_DAYS = 2;

    private final String id;
    private final String displayName;
    private final String country;
    private final String providerType;
    private final boolean beta;
    private final boolean autoSyncAllowed;
    private final int historyDays;

    Bank(String id, String displayName, String country, String providerType, boolean beta, boolean autoSyncAllowed,
            int historyDays) {
        this.id = id;
        this.displayName = displayName;
        this.country = country;
        this.providerType = providerType;
        this.beta = beta;
        this.autoSyncAllowed = autoSyncAllowed;
        this.historyDays = historyDays;
    }

    /**
     * @param bigBankSize the history size of Big Bank's account
     * @return the accounts every link to this institution has, in a fixed order
     */
    public List<AccountPlan> accounts(long bigBankSize) {
        return switch (this) {
            case SANDBOX -> List.of(
                    new AccountPlan("Current account", "EUR", "checking", 2500, 3, 3, new BigDecimal("2500.00")),
                    new AccountPlan("Savings account", "EUR", "savings", 150, 1, 0, new BigDecimal("10000.00")),
                    new AccountPlan("Dollar account", "USD", "checking", 900, 1, 2, new BigDecimal("1200.00")));
            case FLAKY -> List.of(
                    new AccountPlan("Current account", "EUR", "checking", 1500, 2, 1, new BigDecimal("500.00")),
                    new AccountPlan("Business account", "EUR", "checking", 600, 1, 0, new BigDecimal("3000.00")));
            case QUOTA -> List.of(
                    new AccountPlan("Current account", "EUR", "checking", 300, 1, 1, new BigDecimal("800.00")),
                    new AccountPlan("Savings account", "EUR", "savings", 50, 1, 0, new BigDecimal("5000.00")));
            case BIG -> List.of(
                    new AccountPlan("Corporate account", "EUR", "checking", bigBankSize, 3, 2, new BigDecimal("100000.00")));
            // More than two pages of history, so the first run meets the error on its second page.
            case HOSTILE -> List.of(
                    new AccountPlan(HostileAnswers.ACCOUNT_NAME, "EUR", "checking", 250, 1, 1, new BigDecimal("1000.00")));
            case MANUAL, EXPIRED_CONSENT, DOWN, ACTION -> List.of(
                    new AccountPlan("Current account", "EUR", "checking", 300, 1, 1, new BigDecimal("1000.00")));
        };
    }

    /**
     * @param bigBankPageSize Big Bank's page size, a setting (the import benchmark's lever)
     * @return the most transactions one page holds
     */
    public int pageSize(int bigBankPageSize) {
        return this == BIG ? bigBankPageSize : PAGE_SIZE;
    }

    /** @return how long a consent given on the connect page lasts */
    public int consentDays() {
        return this == EXPIRED_CONSENT ? SHORT_CONSENT_DAYS : CONSENT_DAYS;
    }

    public static Optional<Bank> byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }

    /**
     * The institutions call's search.
     *
     * @param country ISO alpha-2 code, or null/blank for any
     * @param query   part of the name or id, any case, or null/blank for any
     */
    public static List<Bank> search(String country, String query, int limit) {
        String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(b -> country == null || country.isBlank() || b.country.equalsIgnoreCase(country.trim()))
                .filter(b -> b.displayName.toLowerCase(Locale.ROOT).contains(needle) || b.id.contains(needle))
                .limit(Math.max(0, limit))
                .toList();
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String country() {
        return country;
    }

    public String providerType() {
        return providerType;
    }

    public boolean beta() {
        return beta;
    }

    public boolean autoSyncAllowed() {
        return autoSyncAllowed;
    }

    public int historyDays() {
        return historyDays;
    }
}
