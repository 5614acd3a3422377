package erp.onlinesync.application.importing;

/** What one written page did: lines inserted, already-imported ones skipped, locked-period ones skipped. */
public record PageCounts(int imported, int skippedDuplicates, int skippedLocked) {
}
