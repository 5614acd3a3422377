package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.infrastructure.persistence.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * The stable id of this installation, {@code utils.db_uuid} of every proxy call: MicroProfile Config
 * {@value #KEY} when set, else a random UUID generated once into {@code <sync.data-dir>/}{@value #FILE}
 * and read from there at every start.
 * <p>
 * Pitfalls: in a cluster set {@value #KEY}, or give every node the same data directory, or each node
 * calls itself another installation. A copied database with its data directory keeps the id: set a
 * new one on the copy.
 */
final class InstallationId {

    static final String KEY = "sync.db-uuid";
    static final String FILE = "db-uuid";

    private InstallationId() {
    }

    static String of(Config config) {
        return resolve(config.getOptionalValue(KEY, String.class), DataDirectory.of(config));
    }

    /**
     * @param configured the configured id, if any (blank counts as unset)
     * @param dataDir where the generated id's file lives
     * @throws UncheckedIOException when the file can be neither read nor created
     */
    static String resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().trim();
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the installation id file " + file, e);
        }
    }

    /** Writes a temporary file, then moves it in place: a reader sees no file or a whole id, never half. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), FILE, ".tmp");
        Files.writeString(draft, UUID.randomUUID().toString());
        try {
            Files.move(draft, file);
        } catch (FileAlreadyExistsException e) {
            Files.delete(draft); // another thread or node won the race: its id stands
        }
    }
}
