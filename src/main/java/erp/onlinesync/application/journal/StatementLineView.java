package erp.onlinesync.application.journal;

import erp.onlinesync.domain.journal.StatementLine;
import java.time.LocalDate;

/**
 * A statement line as screens and the API show it (the contract's {@code StatementLine}): amounts as
 * decimal strings, texts as the bank gave them.
 */
public record StatementLineView(Long id, Long journalId, Long statementId, LocalDate date, String paymentRef,
        String amount, String currencyCode, String partnerName, String accountNumber, String foreignCurrencyCode,
        String amountCurrency, String onlineTransactionIdentifier, boolean reconciled) {

    /**
     * @param statementId the line's statement id, read by the query (asking the line for its lazy
     *        statement would load every statement one by one)
     */
    static StatementLineView of(StatementLine line, Long journalId, Long statementId) {
        return new StatementLineView(line.getId(), journalId, statementId, line.getDate(), line.getPaymentRef(),
                LineAmounts.format(line.getAmount(), line.getCurrencyCode()), line.getCurrencyCode(),
                line.getPartnerName(), line.getAccountNumber(), line.getForeignCurrencyCode(),
                LineAmounts.format(line.getAmountCurrency(), line.getForeignCurrencyCode()),
                line.getOnlineTransactionIdentifier(), line.isReconciled());
    }
}
