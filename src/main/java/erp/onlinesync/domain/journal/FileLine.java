package erp.onlinesync.domain.journal;

/**
 * A line from a bank file, ready to be written.
 *
 * @param importKey its file line identifier, unique per journal (the line's {@code onlineId} stays null:
 *        it has no online account)
 */
public record FileLine(String importKey, NewLine line) {
}
