package erp.onlinesync.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in one currency. Amounts are exact decimals (never {@code double}) with at most
 * {@value #MAX_SCALE} decimal places, the precision the proxy may send and the database keeps.
 * Adding two amounts of different currencies is a programming error and throws.
 */
public final class Money implements Comparable<Money> {

    /** Decimal places stored in the database ({@code numeric(20,4)}). */
    public static final int MAX_SCALE = 4;

    private final BigDecimal amount;
    private final CurrencyCode currency;

    private Money(BigDecimal amount, CurrencyCode currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * @throws IllegalArgumentException when the amount has more than {@value #MAX_SCALE} decimals:
     *         rounding a bank amount silently would put the journal out of balance
     */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        BigDecimal normal = Amounts.normalize(amount);
        return new Money(normal, currency);
    }

    /** Parses a decimal string as the proxy sends it ({@code "-1234.56"}). */
    public static Money parse(String amount, String currency) {
        return of(Amounts.parse(amount), CurrencyCode.of(currency));
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public BigDecimal amount() {
        return amount;
    }

    public CurrencyCode currency() {
        return currency;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " and " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Equal when the currency is the same and the amounts are numerically equal (1.5 equals 1.50). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.currency.equals(currency) && other.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** @return e.g. {@code "-1234.56 EUR"}, with at least the currency's display decimals */
    @Override
    public String toString() {
        return Amounts.format(amount, currency.displayDecimals()) + " " + currency;
    }
}
