package erp.onlinesync.application.missing;

import java.util.List;

/**
 * The answer of a search: at most {@link MissingTransactionSearch#MAX_RESULTS} transactions, by date;
 * {@code complete} false when a cap stopped the search and more may exist (a later start date finds them).
 */
public record MissingTransactions(List<MissingTransactionView> transactions, boolean complete) {
}
