package erp.onlinesync.application.missing;

import java.time.LocalDate;

/** A posted transaction the bank has and the journal lacks; the amount as a decimal string. */
public record MissingTransactionView(String onlineTransactionIdentifier, LocalDate date, String paymentRef, String amount,
        String currencyCode, String partnerName) {
}
