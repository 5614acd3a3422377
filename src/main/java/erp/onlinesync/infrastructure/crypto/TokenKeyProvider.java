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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Produces the {@link TokenCipher} with the keys from MicroProfile Config {@value #KEY}: Base64 of
 * 16, 24 or 32 bytes each, separated by commas, the current key first and then the old ones that
 * still open what they sealed ({@code new,old1,old2}); a value opened with an old key is sealed again
 * with the current one on use. When the setting is unset, a 256-bit key is generated once into
 * {@code <sync.data-dir>/secret.key} (owner-only permissions) and read from there at every start,
 * so sealed tokens survive a restart. In a cluster, set the keys: every node must share them.
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
        List<byte[]> keys = loadKeys(config.getOptionalValue(KEY, String.class), DataDirectory.of(config));
        TokenCipher cipher = new TokenCipher(keys);
        LOG.info(() -> "Token keys (ids): " + keys.stream().map(TokenCipher::keyId).collect(Collectors.joining(", "))
                + "; the first seals");
        return cipher;
    }

    /**
     * @param configured the configured Base64 keys, comma-separated, if any
     * @param dataDir where the generated key file lives
     * @return the keys' bytes, the current key first; never logged
     * @throws IllegalStateException naming the position of a key that is not Base64, never the key
     */
    static List<byte[]> loadKeys(Optional<String> configured, Path dataDir) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return List.of(generatedKey(dataDir));
        }
        String[] listed = configured.get().split(",");
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < listed.length; i++) {
            try {
                keys.add(Base64.getDecoder().decode(listed[i].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY + ": key " + (i + 1) + " of " + listed.length + " is not valid Base64");
            }
        }
        return keys;
    }

    private static byte[] generatedKey(Path dataDir) {
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
