package erp.onlinesync.infrastructure.crypto;

import erp.onlinesync.infrastructure.persistence.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Produces the {@link TokenCipher} with the key from MicroProfile Config {@value #KEY} (Base64 of
 * 16, 24 or 32 bytes). When the key is unset, a 256-bit key is generated once into
 * {@code <sync.data-dir>/secret.key} (owner-only permissions) and read from there at every start,
 * so sealed tokens survive a restart. In a cluster, set the key: every node must share it.
 */
@ApplicationScoped
public class TokenKeyProvider {

    public static final String KEY = "sync.secret-key";
    static final String KEY_FILE = "secret.key";
    private static final Logger LOG = Logger.getLogger(TokenKeyProvider.class.getName());

    /**
     * One cipher for the application. {@code @Singleton}, not {@code @ApplicationScoped}: the cipher
     * is a final class, which CDI cannot proxy (WELD-001410 at deployment), and it needs no proxy.
     */
    @Produces
    @Singleton
    TokenCipher tokenCipher(Config config) {
        return new TokenCipher(loadKey(config.getOptionalValue(KEY, String.class), DataDirectory.of(config)));
    }

    /**
     * @param configured the configured Base64 key, if any
     * @param dataDir where the generated key file lives
     * @return the key bytes; never logged
     */
    static byte[] loadKey(Optional<String> configured, Path dataDir) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            try {
                return Base64.getDecoder().decode(configured.get().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY + " is not valid Base64");
            }
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                writeOwnerOnly(file, Base64.getEncoder().encode(key));
                LOG.info(() -> "Generated a token key in " + file.toAbsolutePath() + " (set " + KEY + " to share one across nodes)");
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token key file " + file, e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another node or thread won the race: use its key
        }
        Files.write(file, content);
    }
}
