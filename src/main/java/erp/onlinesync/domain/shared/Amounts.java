package erp.onlinesync.domain.shared;

import java.math.BigDecimal;

/**
 * Rules for decimal amounts as they cross the border of the module: parsed from the proxy's
 * strings, stored with {@value Money#MAX_SCALE} decimals, written back without losing a digit.
 */
public final class Amounts {

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?\\d{1,16}(\\.\\d+)?");

    private Amounts() {
    }

    /**
     * @param text a plain decimal such as {@code "-1234.56"} (no exponent, no grouping)
     * @throws IllegalArgumentException when the text is not such a decimal or has too many decimals
     */
    public static BigDecimal parse(String text) {
        if (text == null || !DECIMAL.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("Not a decimal amount: " + abbreviate(text));
        }
        return normalize(new BigDecimal(text.trim()));
    }

    /** Checks the scale; a value with fewer decimals keeps its own scale. */
    static BigDecimal normalize(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > Money.MAX_SCALE) {
            throw new IllegalArgumentException("More than " + Money.MAX_SCALE + " decimals: " + amount.toPlainString());
        }
        return amount.scale() > Money.MAX_SCALE ? stripped : amount;
    }

    /**
     * Writes an amount with at least {@code minDecimals} and no trailing zero beyond them: the
     * database pads to four decimals, so {@code 12.3000} with 2 gives {@code "12.30"} and
     * {@code 12.3450} gives {@code "12.345"}.
     */
    public static String format(BigDecimal amount, int minDecimals) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int scale = Math.max(minDecimals, Math.max(0, stripped.scale()));
        return stripped.setScale(scale).toPlainString();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
