package erp.onlinesync.infrastructure.persistence;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * The folder where the module keeps its local files: the embedded H2 database and the generated
 * token key. MicroProfile Config {@code sync.data-dir}, default {@code ./data} (relative to the
 * server's working directory).
 */
public final class DataDirectory {

    public static final String KEY = "sync.data-dir";

    private DataDirectory() {
    }

    public static Path of(Config config) {
        return Path.of(config.getOptionalValue(KEY, String.class).orElse("./data"));
    }
}
