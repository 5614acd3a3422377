package erp.onlinesync.infrastructure.bankfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written sample files of {@code src/test/resources/bankfiles}, and files made up in a test. */
public final class BankFiles {

    private BankFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = BankFiles.class.getResourceAsStream("/bankfiles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    public static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the first half of a sample file, as a file cut by a failed download */
    public static InputStream cut(String name) {
        byte[] whole = bytes(name);
        return new ByteArrayInputStream(whole, 0, whole.length / 2);
    }
}
