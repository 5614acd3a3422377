package erp.onlinesync.domain.journal;

/** Where a bank journal's statements come from. */
public enum BankStatementSource {
    ONLINE_SYNC, FILE_IMPORT, UNDEFINED
}
