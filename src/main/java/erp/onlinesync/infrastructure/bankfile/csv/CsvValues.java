package erp.onlinesync.infrastructure.bankfile.csv;

import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * CSV amounts and dates as banks write them: {@code 1 234,56}, {@code 1.234,56}, {@code -12.50},
 * {@code 12,50-}, {@code (12.50)}, {@code € 12,50}; a date possibly followed by a time.
 * <p>
 * Pitfall: the separator that is not the decimal one is a thousands separator only before groups of three
 * digits; {@code 12.50} in a file said to use decimal commas is refused rather than read as 1250.
 */
final class CsvValues {

    /** Spaces, no-break spaces, narrow no-break spaces and Swiss apostrophes group thousands. */
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F']");
    private static final Pattern CURRENCY_SIGNS = Pattern.compile("\\p{Sc}");

    private CsvValues() {
    }


    /** @return the amount, or null for an empty cell */
    static BigDecimal amount(String what, String text, char decimalSeparator) {
        String plain = CURRENCY_SIGNS.matcher(GROUPING.matcher(text).replaceAll("")).replaceAll("");
        if (plain.isEmpty()) {
            return null;
        }
        String number = signed(plain);
        char grouping = decimalSeparator == ',' ? '.' : ',';
        if (!groupsOfThree(number, grouping, decimalSeparator)) {
            throw new Unreadable(what + " '" + text + "' does not use '" + decimalSeparator + "' as decimal separator");
        }
        try {
            return new BigDecimal(number.replace(String.valueOf(grouping), "").replace(decimalSeparator, '.'));
        } catch (NumberFormatException e) {
            throw new Unreadable(what + " '" + text + "' is not a number");
        }
    }

    /** {@code 12,50-} and {@code (12,50)} become {@code -12,50}. */
    private static String signed(String plain) {
        if (plain.length() > 1 && plain.endsWith("-")) {
            return "-" + plain.substring(0, plain.length() - 1);
        }
        if (plain.length() > 2 && plain.startsWith("(") && plain.endsWith(")")) {
            return "-" + plain.substring(1, plain.length() - 1);
        }
        return plain;
    }

    static LocalDate date(String text, DateTimeFormatter format, String pattern) {
        String day = pattern.contains(" ") ? text : text.split("\\s", 2)[0];
        try {
            return LocalDate.parse(day, format);
        } catch (DateTimeParseException e) {
            throw new Unreadable("date '" + text + "' is not a date like " + pattern);
        }
    }

    /** @return whether every grouping separator is followed by exactly three digits before the next separator */
    private static boolean groupsOfThree(String digits, char grouping, char decimal) {
        int at = digits.indexOf(grouping);
        while (at >= 0) {
            int end = at + 1;
            while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
                end++;
            }
            boolean atBoundary = end == digits.length() || digits.charAt(end) == grouping || digits.charAt(end) == decimal;
            if (end - at - 1 != 3 || !atBoundary) {
                return false;
            }
            at = digits.indexOf(grouping, end);
        }
        return true;
    }
}
