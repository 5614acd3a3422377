package erp.onlinesync.infrastructure.bankfile.ofx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** OFX amounts and dates, with a message for a person when one cannot be read. */
final class OfxValues {

    /** {@code yyyyMMdd}, before the optional {@code HHmmss.xxx[-5:EST]}: the day the bank gives. */
    private static final int DATE_LENGTH = 8;

    private OfxValues() {
    }

    /** Why a value of a transaction cannot be read; only ever becomes a message, so it has no stack trace. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Some European banks write {@code -12,50}: a lone comma is taken as the decimal point. */
    static BigDecimal amount(String what, String text) {
        if (text == null) {
            throw new Unreadable("no " + what);
        }
        String plain = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new Unreadable(what + " '" + text + "' is not a number");
        }
    }

    static LocalDate date(String what, String text) {
        if (text == null) {
            throw new Unreadable("no " + what);
        }
        try {
            return LocalDate.parse(text.length() < DATE_LENGTH ? text : text.substring(0, DATE_LENGTH),
                    DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new Unreadable(what + " '" + text + "' is not a date (yyyyMMdd)");
        }
    }
}
