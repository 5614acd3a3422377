package erp.onlinesync.domain.journal;

import java.time.LocalDate;

/**
 * The dates one bank statement covers, both inclusive, and the suffix of its name
 * ({@code 2026-11}, {@code 2026-W48}, {@code 2026-11-30}).
 */
public record StatementPeriod(LocalDate start, LocalDate end, String label) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
