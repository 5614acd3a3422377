package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.SandboxTransaction;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.LongFunction;

/**
 * Serves the {@code transactions} call: one page of an account's posted or pending transactions dated on
 * or after {@code start_date}, with the account's balances.
 * <p>
 * The opaque {@code next_data} is {@code {"offset": n}}: the index (see {@link AccountHistory}) the next page
 * starts at, so a page is computed, never stored, and a client that repeats a request gets the same page.
 */
final class TransactionPager {

    static final String POSTED = "posted";
    static final String PENDING = "pending";

    /**
     * How a page is served: plainly, or as Flaky Bank does.
     *
     * @param resend      how many transactions of the previous page a page after the first repeats
     * @param shuffleSeed the seed that shuffles the page's order, if it is shuffled
     */
    record Shape(int resend, OptionalLong shuffleSeed) {
        static final Shape PLAIN = new Shape(0, OptionalLong.empty());
    }

    /** @param last whether this was the last page of the account and status */
    record Page(JsonObject result, boolean last) {
    }

    /** The transactions a request pages through: indexes {@code first} (included) to {@code size} (excluded). */
    private record Source(long first, long size, LongFunction<SandboxTransaction> transaction) {
    }

    private TransactionPager() {
    }

    /** @throws SandboxError 400 for a status other than posted or pending, a bad date or a bad next_data */
    static Page page(AccountHistory account, int pageSize, WireRequest request, LocalDate today, Shape shape) {
        Source source = source(account, request.text("status"), request.date("start_date"), today);
        long offset = request.nextOffset().map(o -> Math.max(source.first(), o)).orElse(source.first());
        long from = offset > source.first() ? Math.max(source.first(), offset - shape.resend()) : offset;
        long to = Math.max(from, Math.min(source.size(), from + pageSize));
        List<SandboxTransaction> transactions = new ArrayList<>();
        for (long i = from; i < to; i++) {
            transactions.add(source.transaction().apply(i));
        }
        shape.shuffleSeed().ifPresent(seed -> Collections.shuffle(transactions, new Random(seed)));
        JsonArrayBuilder array = WireJson.JSON.createArrayBuilder();
        transactions.forEach(t -> array.add(WireJson.transaction(t)));
        String currency = account.currencyCode();
        JsonObject result = WireJson.JSON.createObjectBuilder()
                .add("transactions", array)
                .add("balance", WireJson.money(account.balance(today), currency))
                .add("available_balance", WireJson.money(account.availableBalance(today), currency))
                .add("balance_date", today.toString())
                .add("next_data", WireJson.nextDataOrNull(to, source.size()))
                .build();
        return new Page(result, to >= source.size());
    }

    private static Source source(AccountHistory account, String status, LocalDate start, LocalDate today) {
        if (POSTED.equals(status)) {
            long count = account.postedCount(today);
            long first = start == null ? 0 : account.firstIndexFrom(start, count);
            return new Source(first, count, account::posted);
        }
        if (PENDING.equals(status)) {
            List<SandboxTransaction> pending = account.pending(today).stream()
                    .filter(t -> start == null || !t.date().isBefore(start)).toList();
            return new Source(0, pending.size(), index -> pending.get((int) index));
        }
        throw SandboxError.badRequest("data.status must be posted or pending");
    }
}
