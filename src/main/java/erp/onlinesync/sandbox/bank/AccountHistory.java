package erp.onlinesync.sandbox.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One account of one link and its transactions, all computed from the link's seed and creation date:
 * nothing is stored, so Big Bank's million transactions cost no memory.
 * <p>
 * Posted transactions are numbered from 0 in date order. The first {@code baseCount} spread evenly over
 * the {@code historyDays} that end on the creation date; after that {@code perDay} more post each day,
 * so the count at a date is a formula and a page is "indexes {@code offset} to {@code offset + size}".
 * The {@code pendingCount} transactions that will post next are shown as pending, under a pending
 * identifier ({@code -P<index>}), an earlier date and sometimes another amount; once their day comes
 * they post as {@code -T<index>} with {@code pending_transaction_identifier} pointing at the pending one.
 * <p>
 * The balance is the opening balance plus every posted transaction up to "today": the module checks that
 * its journal, once it has an opening line, gives the same figure.
 */
public final class AccountHistory {

    /** Separates this random stream (account numbers) from the others of the link seed. */
    private static final long NUMBER_STREAM = 0x6e72L;
    /** Every third pending transaction posts with another amount, as a card pre-authorization does. */
    private static final long CHANGED_AMOUNT_PERIOD = 3;
    private static final BigDecimal PENDING_RATIO = new BigDecimal("0.90");

    private final String id;
    private final int index;
    private final AccountPlan plan;
    private final String accountNumber;
    private final LocalDate created;
    private final LocalDate firstDay;
    private final int historyDays;
    private final TransactionGenerator generator;
    /** Sum of the history's amounts: computed once, on first need, as it takes a while for Big Bank. */
    private BigDecimal historySum;

    private AccountHistory(Bank bank, long seed, int index, AccountPlan plan, LocalDate created) {
        this.id = bank.id() + "-" + String.format("%016x", seed) + "-" + (index + 1);
        this.index = index;
        this.plan = plan;
        this.accountNumber = Iban.random(bank.country(), Seeds.random(seed, NUMBER_STREAM, index));
        this.created = created;
        this.historyDays = bank.historyDays();
        this.firstDay = created.minusDays(historyDays - 1L);
        this.generator = new TransactionGenerator(seed, index, plan.currencyCode(), bank.country(), bank == Bank.HOSTILE);
    }

    /** @return every account of a link to {@code bank} with that seed, created on {@code created} */
    public static List<AccountHistory> of(Bank bank, long seed, LocalDate created, long bigBankSize) {
        List<AccountPlan> plans = bank.accounts(bigBankSize);
        List<AccountHistory> accounts = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            accounts.add(new AccountHistory(bank, seed, i, plans.get(i), created));
        }
        return List.copyOf(accounts);
    }

    /** @return how many transactions have posted by the end of {@code today} */
    public long postedCount(LocalDate today) {
        long days = Math.max(0, ChronoUnit.DAYS.between(created, today));
        return plan.baseCount() + days * plan.perDay();
    }

    /** @return the booking date of posted transaction {@code i}; non-decreasing in {@code i} */
    public LocalDate postedDate(long i) {
        long base = plan.baseCount();
        if (i < base) {
            return firstDay.plusDays(i * historyDays / base);
        }
        return created.plusDays(1 + (i - base) / plan.perDay());
    }

    /** @return the first index below {@code count} dated on or after {@code date}, or {@code count} */
    public long firstIndexFrom(LocalDate date, long count) {
        long low = 0;
        long high = count;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (postedDate(middle).isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public SandboxTransaction posted(long i) {
        String settled = i >= plan.baseCount() ? pendingIdentifier(i) : null;
        return generator.transaction(i, postedIdentifier(i), postedDate(i), settled);
    }

    /** @return the transactions that post next, as the bank shows them while pending on {@code today} */
    public List<SandboxTransaction> pending(LocalDate today) {
        long first = postedCount(today);
        int count = plan.pendingCount();
        // The last pending one posts on today + lead: dating each "lead" days before its posting keeps them <= today.
        long lead = count == 0 ? 0 : 1 + (count - 1L) / plan.perDay();
        List<SandboxTransaction> pending = new ArrayList<>(count);
        for (long i = first; i < first + count; i++) {
            SandboxTransaction posted = posted(i);
            pending.add(posted.asPending(pendingIdentifier(i), posted.date().minusDays(lead), pendingAmount(i, posted.amount())));
        }
        return pending;
    }

    public BigDecimal balance(LocalDate today) {
        BigDecimal sum = plan.openingBalance().add(historySum());
        for (long i = plan.baseCount(); i < postedCount(today); i++) {
            sum = sum.add(generator.amount(i));
        }
        return sum;
    }

    /** @return the balance less what the pending transactions already hold (or plus what they bring) */
    public BigDecimal availableBalance(LocalDate today) {
        return pending(today).stream().map(SandboxTransaction::amount).reduce(balance(today), BigDecimal::add);
    }

    public String postedIdentifier(long i) {
        return id + "-T" + i;
    }

    public String pendingIdentifier(long i) {
        return id + "-P" + i;
    }

    private static BigDecimal pendingAmount(long i, BigDecimal postedAmount) {
        return i % CHANGED_AMOUNT_PERIOD == 0 ? postedAmount.multiply(PENDING_RATIO).setScale(postedAmount.scale(),
                RoundingMode.HALF_EVEN) : postedAmount;
    }

    private synchronized BigDecimal historySum() {
        if (historySum == null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (long i = 0; i < plan.baseCount(); i++) {
                sum = sum.add(generator.amount(i));
            }
            historySum = sum;
        }
        return historySum;
    }

    /** @return the account's {@code online_identifier}, stable for the link */
    public String id() {
        return id;
    }

    /** @return the account's position among the institution's accounts, from 0 */
    public int index() {
        return index;
    }

    public String name() {
        return plan.name();
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String currencyCode() {
        return plan.currencyCode();
    }

    public String accountType() {
        return plan.accountType();
    }

    public BigDecimal openingBalance() {
        return plan.openingBalance();
    }
}
