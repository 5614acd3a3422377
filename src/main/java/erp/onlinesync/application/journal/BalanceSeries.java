package erp.onlinesync.application.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * End-of-day balances of a journal on consecutive days, oldest first, for the dashboard's chart.
 *
 * @param first    the day of the first balance
 * @param balances one balance a day from {@code first} on, never empty
 */
public record BalanceSeries(LocalDate first, List<BigDecimal> balances) {

    public BalanceSeries {
        balances = List.copyOf(balances);
        if (balances.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one day");
        }
    }

    public LocalDate dateOf(int index) {
        return first.plusDays(index);
    }

    /** @return the last day's balance: today's */
    public BigDecimal current() {
        return balances.get(balances.size() - 1);
    }

    public BigDecimal min() {
        return balances.stream().reduce(BigDecimal::min).orElseThrow();
    }

    public BigDecimal max() {
        return balances.stream().reduce(BigDecimal::max).orElseThrow();
    }
}
