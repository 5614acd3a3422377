package erp.onlinesync.domain.bankfile;

import java.time.Instant;
import java.util.Optional;

/** Where previews and each journal's CSV mapping are kept. Every method joins the caller's transaction. */
public interface FileImports {

    /** @return the preview with its new id */
    FileImport save(FileImport preview);

    /** @return the preview with its rows, or empty for an unknown id */
    Optional<FileImport> find(long id);

    /**
     * Marks the preview confirmed if it is not yet, and holds its row until the commit: of two confirms
     * at the same time (on two nodes), one waits for the other and then finds it confirmed.
     *
     * @return false when it was confirmed already
     */
    boolean markConfirmed(long id, Instant at);

    /** Removes the previews (with their rows) that expired before {@code before}. */
    void forgetExpiredBefore(Instant before);

    /** @return the mapping of the journal's last confirmed CSV import, or empty */
    Optional<CsvMapping> csvMappingOf(long journalId);

    /** Keeps {@code mapping} as the journal's, in place of any earlier one. */
    void rememberCsvMapping(long journalId, CsvMapping mapping);
}
