package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A balance a file states: the signed amount (negative when the bank says debit) on a date. */
public record FileBalance(LocalDate date, BigDecimal amount) {
}
