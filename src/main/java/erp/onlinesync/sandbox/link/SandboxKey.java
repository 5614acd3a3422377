package erp.onlinesync.sandbox.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox's own secret: an HMAC-SHA256 key that every client id and token is derived from and
 * checked against, so links survive a restart with nothing stored but this key.
 * <p>
 * It lives in {@code <sync.data-dir>/}{@value #FILE_NAME} (Base64 of {@value #KEY_BYTES} bytes, owner-only
 * where the file system allows), created on first use. Deleting the file forgets every sandbox link at the
 * next restart. The key is never logged.
 */
public final class SandboxKey {

    public static final String FILE_NAME = "sandbox.key";
    private static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String OWNER_ONLY = "rw-------";
    private static final String SEPARATOR = ".";

    private final byte[] key;

    private SandboxKey(byte[] key) {
        this.key = key.clone();
    }

    /** A key given directly (tests). */
    public static SandboxKey of(byte[] key) {
        return new SandboxKey(key);
    }

    /**
     * @throws UncheckedIOException  when the file cannot be read or created
     * @throws IllegalStateException when the file does not hold Base64
     */
    public static SandboxKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                writeNew(file, Base64.getEncoder().encode(fresh));
            }
            return new SandboxKey(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the sandbox key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The sandbox key file " + file + " does not hold Base64");
        }
    }

    /** @return HMAC-SHA256 of the UTF-8 message */
    public byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /**
     * @param context  what the text is (a client id, an access token of one client id): a MAC made for one
     *                 context does not verify in another
     * @param macBytes how many bytes of the MAC to keep
     * @return the fields joined by {@value #SEPARATOR}, then their truncated MAC in lowercase hex
     */
    public String seal(String context, int macBytes, String... fields) {
        String body = String.join(SEPARATOR, fields);
        return body + SEPARATOR + macHex(context, body, macBytes);
    }

    /**
     * @return the fields of a text made by {@link #seal} with the same context and MAC length, or empty when
     *         the text is not such a one (the MAC is compared in constant time)
     */
    public Optional<String[]> unseal(String context, int macBytes, String text) {
        int cut = text == null ? -1 : text.lastIndexOf(SEPARATOR);
        if (cut < 0) {
            return Optional.empty();
        }
        String body = text.substring(0, cut);
        boolean genuine = MessageDigest.isEqual(macHex(context, body, macBytes).getBytes(StandardCharsets.US_ASCII),
                text.substring(cut + 1).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(body.split(Pattern.quote(SEPARATOR))) : Optional.empty();
    }

    private String macHex(String context, String body, int macBytes) {
        return HexFormat.of().formatHex(Arrays.copyOf(mac(context + "|" + body), macBytes));
    }

    /** Creates the file with owner-only permissions from the start; a concurrent creator's file wins. */
    private static void writeNew(Path file, byte[] content) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY))}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, attributes)) {
            channel.write(ByteBuffer.wrap(content));
        } catch (FileAlreadyExistsException raced) {
            // another request created it first: the caller reads that one
        }
    }
}
