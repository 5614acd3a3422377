package erp.onlinesync.domain.proxy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bank transaction as the proxy sends it, validated: identifier, date and amount are always
 * present; everything else may be null. {@code transactionDetails} is opaque JSON text kept as-is.
 */
public record ProxyTransaction(String onlineTransactionIdentifier, LocalDate date, LocalDate valueDate,
        String paymentRef, BigDecimal amount, String currencyCode, String partnerName, String accountNumber,
        String foreignCurrencyCode, BigDecimal amountCurrency, String endToEndUuid,
        String pendingTransactionIdentifier, String transactionDetails) {
}
