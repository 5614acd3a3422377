package erp.onlinesync.application.duplicates;

import erp.onlinesync.application.journal.StatementLineView;

/**
 * A statement line as the duplicate rule sees it: the line, and the online account it came through
 * (null for a line typed or imported from a file), which the line's view does not show.
 */
public record DuplicateCandidate(StatementLineView line, Long onlineAccountId) {
}
