package erp.onlinesync.application.link;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link AuditTrail} as a file of one format; each format has its adapter. */
public interface AuditTrailWriter {

    /** @return the API's name of the format ({@code csv}, {@code pdf}) */
    String format();

    /** @return the file's media type, such as {@code text/csv} */
    String mediaType();

    void write(AuditTrail trail, OutputStream out) throws IOException;
}
