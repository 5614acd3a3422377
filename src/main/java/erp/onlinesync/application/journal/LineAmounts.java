package erp.onlinesync.application.journal;

import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;

/**
 * Amounts of statement lines and pending transactions as screens and the API write them: a decimal
 * string with at least the currency's display decimals and every stored decimal kept (the same rule
 * as the balances of {@code LinkView}, through {@link Amounts#format}).
 */
public final class LineAmounts {

    private LineAmounts() {
    }

    /**
     * @param currencyCode the amount's currency; a code the JDK does not know gets no padding, so a
     *        stored line never fails to show
     * @return null for a null amount
     */
    public static String format(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return null;
        }
        return Amounts.format(amount, displayDecimals(currencyCode));
    }

    private static int displayDecimals(String currencyCode) {
        try {
            return CurrencyCode.of(currencyCode).displayDecimals();
        } catch (IllegalArgumentException unknownOrMissing) {
            return 0;
        }
    }
}
