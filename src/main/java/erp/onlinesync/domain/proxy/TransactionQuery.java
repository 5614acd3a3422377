package erp.onlinesync.domain.proxy;

import java.time.LocalDate;

/**
 * The request for one page of transactions. {@code startDate} null asks for all the history the
 * provider has; {@code nextData} is null for the first page and otherwise the previous page's
 * value, with every other field unchanged (contract section 5).
 */
public record TransactionQuery(String accountId, TransactionStatus status, LocalDate startDate,
        String lastTransactionIdentifier, String currencyCode, String nextData) {

    public TransactionQuery nextPage(String next) {
        return new TransactionQuery(accountId, status, startDate, lastTransactionIdentifier, currencyCode, next);
    }
}
