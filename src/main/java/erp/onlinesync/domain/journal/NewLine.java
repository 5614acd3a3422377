package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bank transaction ready to be written: texts cut to their columns (never a failed import for a
 * long label), currencies checked. The same shape serves posted lines and pending transactions.
 */
public record NewLine(String onlineId, LocalDate date, String paymentRef, BigDecimal amount, String currencyCode,
        String partnerName, String accountNumber, String foreignCurrencyCode, BigDecimal amountCurrency) {

    /**
     * @param accountCurrency the account's currency: the contract gives amounts in it
     * @throws IllegalArgumentException when the transaction is in another currency than the account, or
     *         names an unknown foreign currency: importing it would put a wrong amount in the books
     */
    public static NewLine of(ProxyTransaction t, CurrencyCode accountCurrency) {
        if (t.currencyCode() != null && !CurrencyCode.of(t.currencyCode()).equals(accountCurrency)) {
            throw new IllegalArgumentException("transaction " + t.onlineTransactionIdentifier() + " is in "
                    + t.currencyCode() + ", its account in " + accountCurrency);
        }
        String foreign = t.foreignCurrencyCode() == null || t.amountCurrency() == null ? null
                : CurrencyCode.of(t.foreignCurrencyCode()).code();
        return new NewLine(StatementLine.cut(t.onlineTransactionIdentifier(), StatementLine.ONLINE_ID_MAX), t.date(),
                StatementLine.cut(t.paymentRef(), StatementLine.PAYMENT_REF_MAX), t.amount(), accountCurrency.code(),
                StatementLine.cut(t.partnerName(), StatementLine.PARTNER_MAX),
                StatementLine.cut(t.accountNumber(), StatementLine.PARTNER_MAX), foreign,
                foreign == null ? null : t.amountCurrency());
    }
}
