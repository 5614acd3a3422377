package erp.onlinesync.application.missing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A posted transaction the bank has and the journal lacks; the amount as a decimal string. A
 * transaction a person deleted on purpose is {@link Status#DELETED}, with who and when; otherwise
 * {@code deletedAt} and {@code deletedBy} are null.
 */
public record MissingTransactionView(String onlineTransactionIdentifier, LocalDate date, String paymentRef, String amount,
        String currencyCode, String partnerName, Status status, Instant deletedAt, String deletedBy) {

    /** Why the journal lacks the transaction. */
    public enum Status {
        /** Never imported, or removed behind the module's back: the run would import it again. */
        MISSING,
        /** Deleted through Find Duplicates: stays out until someone brings it back here. */
        DELETED
    }
}
