package erp.onlinesync.application.journal;

import erp.onlinesync.domain.journal.StatementLine;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;

/**
 * A statement line as screens and the API show it (the contract's {@code StatementLine}): amounts as
 * decimal strings, texts as the bank gave them. The statement's name is for the lines table only: the
 * contract's {@code StatementLine} carries its id.
 */
public record StatementLineView(Long id, Long journalId, Long statementId, @JsonbTransient String statementName,
        LocalDate date, String paymentRef, String amount, String currencyCode, String partnerName, String accountNumber,
        String foreignCurrencyCode, String amountCurrency, String onlineTransactionIdentifier, boolean reconciled) {

    /**
     * @param statementId the line's statement id and name ("BNK1 2026-11"), read by the query (asking the
     *        line for its lazy statement would load every statement one by one); null without statement
     */
    static StatementLineView of(StatementLine line, Long journalId, Long statementId, String statementName) {
        return new StatementLineView(line.getId(), journalId, statementId, statementName, line.getDate(), line.getPaymentRef(),
                LineAmounts.format(line.getAmount(), line.getCurrencyCode()), line.getCurrencyCode(),
                line.getPartnerName(), line.getAccountNumber(), line.getForeignCurrencyCode(),
                LineAmounts.format(line.getAmountCurrency(), line.getForeignCurrencyCode()),
                line.getOnlineTransactionIdentifier(), line.isReconciled());
    }
}
