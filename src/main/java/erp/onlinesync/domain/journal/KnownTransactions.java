package erp.onlinesync.domain.journal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the journal knows of a page of the bank's identifiers: one bounded query per page (the
 * identifiers are at most one proxy page), never the whole account. The port lets
 * Find Missing's page-by-page search be tested without a database.
 */
public interface KnownTransactions {

    /** @return those of {@code ids} the account's journal holds as statement lines */
    Set<String> inJournal(long accountId, Collection<String> ids);

    /** @return those of {@code ids} a person deleted from the journal, with who and when */
    Map<String, Deletion> deleted(long accountId, Collection<String> ids);
}
