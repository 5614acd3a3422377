package erp.onlinesync.application.journal;

import java.time.LocalDate;

/** A bank statement of a journal as its page lists it: its period and balances as decimal strings. */
public record StatementView(Long id, String name, LocalDate periodStart, LocalDate periodEnd, String balanceStart,
        String balanceEnd, boolean complete) {
}
