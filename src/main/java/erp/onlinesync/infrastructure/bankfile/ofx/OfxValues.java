package erp.onlinesync.infrastructure.bankfile.ofx;

import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** OFX amounts and dates, with a message for a person when one cannot be read. */
final class OfxValues {

    /** {@code yyyyMMdd}, before the optional {@code HHmmss.xxx[-5:EST]}: the day the bank gives. */
    private static final int DATE_LENGTH = 8;

    private OfxValues() {
    }


    /** Some European banks write {@code -12,50}: a lone comma is taken as the decimal point. */
    static BigDecimal amount(String what, String text) {
        return Unreadable.read(what, text, t -> new BigDecimal(t.indexOf('.') < 0 ? t.replace(',', '.') : t), "a number");
    }

    static LocalDate date(String what, String text) {
        return Unreadable.read(what, text, t -> LocalDate.parse(t.length() < DATE_LENGTH ? t : t.substring(0, DATE_LENGTH),
                DateTimeFormatter.BASIC_ISO_DATE), "a date (yyyyMMdd)");
    }
}
