package erp.onlinesync.sandbox.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One transaction as the contract's Transaction object describes it (section 5); amounts are signed
 * and in the account's currency, {@code amountCurrency} in {@code foreignCurrencyCode}.
 */
public record SandboxTransaction(String identifier, LocalDate date, LocalDate valueDate, String paymentRef,
        BigDecimal amount, String currencyCode, String partnerName, String accountNumber, String foreignCurrencyCode,
        BigDecimal amountCurrency, String endToEndUuid, String pendingTransactionIdentifier,
        Map<String, String> transactionDetails) {

    /** @return this transaction as it looked while pending: its own identifier, an earlier date, maybe another amount */
    SandboxTransaction asPending(String pendingIdentifier, LocalDate pendingDate, BigDecimal pendingAmount) {
        return new SandboxTransaction(pendingIdentifier, pendingDate, pendingDate, paymentRef, pendingAmount,
                currencyCode, partnerName, accountNumber, foreignCurrencyCode, amountCurrency, endToEndUuid, null,
                transactionDetails);
    }
}
