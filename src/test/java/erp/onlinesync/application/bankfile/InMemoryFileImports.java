package erp.onlinesync.application.bankfile;

import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.FileImports;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Previews and CSV mappings in maps. */
final class InMemoryFileImports implements FileImports {

    final Map<Long, FileImport> previews = new HashMap<>();
    final Map<Long, CsvMapping> mappings = new HashMap<>();
    private long lastId;

    @Override
    public FileImport save(FileImport preview) {
        FileImport saved = preview.withId(++lastId);
        previews.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<FileImport> find(long id) {
        return Optional.ofNullable(previews.get(id));
    }

    @Override
    public boolean markConfirmed(long id, Instant at) {
        FileImport p = previews.get(id);
        if (p.confirmedAt() != null) {
            return false;
        }
        previews.put(id, new FileImport(p.id(), p.journalId(), p.createdBy(), p.createdAt(), p.expiresAt(), at, p.format(),
                p.fileName(), p.accountNumber(), p.balance(), p.csvMapping(), p.rows()));
        return true;
    }

    @Override
    public void forgetExpiredBefore(Instant before) {
        previews.values().removeIf(p -> p.expiresAt().isBefore(before));
    }

    @Override
    public Optional<CsvMapping> csvMappingOf(long journalId) {
        return Optional.ofNullable(mappings.get(journalId));
    }

    @Override
    public void rememberCsvMapping(long journalId, CsvMapping mapping) {
        mappings.put(journalId, mapping);
    }
}
