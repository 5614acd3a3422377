package erp.onlinesync.infrastructure.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The module's version, as Maven wrote it into {@value #RESOURCE} at build time (resource
 * filtering of {@code ${project.version}}): {@code utils.server_version} of every proxy call.
 * A WAR's classes have no manifest of their own, hence the resource.
 */
final class ModuleVersion {

    static final String RESOURCE = "/erp/onlinesync/module.properties";
    /** What a build without resource filtering (an IDE's) leaves in the file. */
    private static final String UNFILTERED = "${project.version}";
    private static final String UNKNOWN = "unknown";

    private ModuleVersion() {
    }

    /** @return the version such as {@code 0.1.0-SNAPSHOT}, or {@code unknown} when the build did not write it */
    static String get() {
        try (InputStream in = ModuleVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", UNKNOWN);
            return version.isBlank() || version.equals(UNFILTERED) ? UNKNOWN : version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
