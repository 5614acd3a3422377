package erp.onlinesync.application.bankfile;

/**
 * What a confirm did.
 *
 * @param imported the lines written
 * @param skipped the file's other rows: duplicates, invalid and pending ones, and new ones the journal got meanwhile
 */
public record ConfirmResult(int imported, int skipped) {
}
