package erp.onlinesync.domain.shared;

import java.util.Currency;
import java.util.Objects;

/**
 * An ISO 4217 currency code such as {@code EUR}. Built only from codes the JDK knows, so a typo in a
 * proxy answer or a form field is refused at the border instead of creating a journal in "EUE".
 */
public final class CurrencyCode {

    private final String code;

    private CurrencyCode(String code) {
        this.code = code;
    }

    /**
     * @param code three letters, any case
     * @return the currency code, upper case
     * @throws IllegalArgumentException when the code is null, blank or not an ISO 4217 currency
     */
    public static CurrencyCode of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A currency code is required");
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            return new CurrencyCode(Currency.getInstance(upper).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency code: " + upper);
        }
    }

    /** @return the number of decimals the currency uses for display (2 for EUR, 0 for JPY) */
    public int displayDecimals() {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrencyCode other && other.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
