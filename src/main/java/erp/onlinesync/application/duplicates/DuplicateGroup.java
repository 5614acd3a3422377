package erp.onlinesync.application.duplicates;

import erp.onlinesync.application.journal.StatementLineView;
import java.util.List;

/**
 * Statement lines suspected to be the same bank transaction, and why: {@value #SAME_ONLINE_ID} or
 * {@value #SAME_DATE_AMOUNT}. Lines are ordered by date then id.
 */
public record DuplicateGroup(String reason, List<StatementLineView> lines) {

    /** The same online transaction identifier on several lines of the journal. */
    public static final String SAME_ONLINE_ID = "same-online-id";
    /** The same date, amount and account (online account, else partner account number). */
    public static final String SAME_DATE_AMOUNT = "same-date-amount";
}
