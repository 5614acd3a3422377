package erp.onlinesync.domain.bankfile;

import erp.onlinesync.domain.journal.NewLine;

/**
 * One row of a file as its preview shows it and its confirm writes it.
 *
 * @param position the row's place in the preview, from 0 (over all the file's statements)
 * @param fileRow where the file has it ({@link FileEntry#row()})
 * @param reason why it is a duplicate, invalid or pending; null for a new row
 * @param line the line it becomes (for an invalid row, what could be read: fields may be null)
 * @param identifier its {@link FileLineIdentifier}; null for a pending or invalid row
 */
public record ImportRow(int position, int fileRow, RowStatus status, String reason, NewLine line, String identifier) {

    /** @return this row with another status and reason */
    public ImportRow as(RowStatus newStatus, String newReason) {
        return new ImportRow(position, fileRow, newStatus, newReason, line, identifier);
    }
}
