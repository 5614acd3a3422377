package erp.onlinesync.application.link;

import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.domain.link.PendingTransaction;
import java.time.LocalDate;

/**
 * A pending transaction as screens and the API show it (the contract's {@code PendingTransaction}):
 * the fields of a statement line but its id, statement and reconciliation, since it is none yet.
 */
public record PendingTransactionView(Long journalId, LocalDate date, String paymentRef, String amount,
        String currencyCode, String partnerName, String accountNumber, String foreignCurrencyCode,
        String amountCurrency, String onlineTransactionIdentifier) {

    /** @param journalId the journal the account feeds, null while unmapped */
    static PendingTransactionView of(PendingTransaction p, Long journalId) {
        return new PendingTransactionView(journalId, p.getDate(), p.getPaymentRef(),
                LineAmounts.format(p.getAmount(), p.getCurrencyCode()), p.getCurrencyCode(), p.getPartnerName(),
                p.getAccountNumber(), p.getForeignCurrencyCode(),
                LineAmounts.format(p.getAmountCurrency(), p.getForeignCurrencyCode()), p.getOnlineTransactionIdentifier());
    }
}
