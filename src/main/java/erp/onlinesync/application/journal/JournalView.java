package erp.onlinesync.application.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bank journal as the dashboard and the API show it: the contract's journal fields, plus the
 * balances in the books and at the bank and the state of its link, for the dashboard card.
 */
public record JournalView(Long id, String name, String code, String currencyCode, String bankAccountNumber,
        String bankStatementSource, Long onlineAccountId, LocalDate lockDate, String bookBalance, String bankBalance,
        Instant lastSync, Long linkId, String linkState) {
}
