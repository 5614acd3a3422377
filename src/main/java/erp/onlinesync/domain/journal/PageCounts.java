package erp.onlinesync.domain.journal;

/** What one written page did: lines inserted, already-imported ones skipped, locked-period ones skipped. */
public record PageCounts(int imported, int skippedDuplicates, int skippedLocked) {
}
