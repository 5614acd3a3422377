package erp.onlinesync.application.duplicates;

import erp.onlinesync.domain.company.Company;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a statement line may not be deleted, and why: a reconciled line is part of the accounting
 * (its reconciliation must be undone first, as in the reference product), and a line dated on or
 * before the company's lock date sits in closed books. Pure, so that a screen can disable the
 * checkbox of such a line before the person tries.
 */
public final class LineDeletionRule {

    private LineDeletionRule() {
    }

    /** @return why the line may not be deleted, or empty when it may */
    public static Optional<String> refusal(boolean reconciled, LocalDate date, Company company) {
        if (reconciled) {
            return Optional.of("it is reconciled: undo the reconciliation first");
        }
        if (!company.isOpenOn(date)) {
            return Optional.of("it is dated on or before the lock date " + company.getLockDate());
        }
        return Optional.empty();
    }
}
