package erp.onlinesync.infrastructure.bankfile.camt;

import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Reads camt's amounts, indicators and dates, with a message for a person when one cannot be read. */
final class CamtValues {

    static final String DEBIT = "DBIT";
    static final String CREDIT = "CRDT";
    /** {@code yyyy-MM-dd}: the date part of an ISO {@code Dt} or {@code DtTm}, as the bank wrote it. */
    private static final int DATE_LENGTH = 10;

    private CamtValues() {
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
        return Unreadable.read(what, text, BigDecimal::new, "a number");
    }

    static LocalDate date(String what, String text) {
        return Unreadable.read(what, text, t -> LocalDate.parse(t.length() > DATE_LENGTH ? t.substring(0, DATE_LENGTH) : t),
                "a date");
    }
}
