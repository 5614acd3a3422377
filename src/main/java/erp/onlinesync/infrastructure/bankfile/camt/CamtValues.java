package erp.onlinesync.infrastructure.bankfile.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads camt's amounts, indicators and dates, with a message for a person when one cannot be read. */
final class CamtValues {

    static final String DEBIT = "DBIT";
    static final String CREDIT = "CRDT";
    /** {@code yyyy-MM-dd}: the date part of an ISO {@code Dt} or {@code DtTm}, as the bank wrote it. */
    private static final int DATE_LENGTH = 10;

    private CamtValues() {
    }

    /** Why a value cannot be read; carries no stack trace, as it only ever becomes a message. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** @return the amount, negative when {@code indicator} is {@code DBIT} */
    static BigDecimal signed(String what, String amount, String indicator) {
        BigDecimal value = number(what, amount);
        if (DEBIT.equals(indicator)) {
            return value.negate();
        }
        if (CREDIT.equals(indicator)) {
            return value;
        }
        throw new Unreadable(indicator == null ? "no credit/debit indicator (CdtDbtInd)"
                : "credit/debit indicator '" + indicator + "' is neither CRDT nor DBIT");
    }

    static BigDecimal number(String what, String text) {
        if (text == null) {
            throw new Unreadable("no " + what);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Unreadable(what + " '" + text + "' is not a number");
        }
    }

    static LocalDate date(String what, String text) {
        if (text == null) {
            throw new Unreadable("no " + what);
        }
        try {
            return LocalDate.parse(text.length() > DATE_LENGTH ? text.substring(0, DATE_LENGTH) : text);
        } catch (DateTimeParseException e) {
            throw new Unreadable(what + " '" + text + "' is not a date");
        }
    }
}
