package erp.onlinesync.infrastructure.export.csv;

import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.AuditTrailWriter;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.infrastructure.export.AuditLines;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as one CSV table (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the
 * accents): first the chain's verdict, then every message, then every run, in one set of columns.
 * <p>
 * Formula injection: a bank's text or a user name starting with {@code = + - @} (or a tab or carriage
 * return) would run as a formula when an auditor opens the file in a spreadsheet; such cells get a
 * leading apostrophe, the OWASP advice. Numbers are written as numbers and need none.
 */
@ApplicationScoped
public class CsvAuditTrailWriter implements AuditTrailWriter {

    static final String[] HEADER = {"record", "id", "time", "author", "kind", "text", "error_code", "error_reference", "details"};
    private static final String FORMULA_START = "=+-@\t\r";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public void write(AuditTrail trail, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        csv.printRecord(cells("verification", trail.linkId(), trail.exportedAt(), trail.exportedBy(), "export",
                AuditLines.verdict(trail), null, null, "link " + trail.linkName() + ", period "
                        + (trail.from() == null ? "start" : trail.from()) + " to " + (trail.to() == null ? "now" : trail.to())));
        for (MessageView m : trail.messages()) {
            csv.printRecord(cells("message", m.id(), m.createdAt(), m.author(), m.kind(), m.body(), m.errorCode(),
                    m.errorReference(), AuditLines.changes(m)));
        }
        for (RunView r : trail.runs()) {
            csv.printRecord(cells("run", r.id(), r.startedAt(), r.requestedBy(), AuditLines.kind(r), r.message(), r.errorCode(),
                    r.errorReference(), AuditLines.counts(r)));
        }
        csv.flush();
    }

    private static Object[] cells(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                values[i] = neutralized(text);
            } else if (values[i] != null && !(values[i] instanceof Number)) {
                values[i] = values[i].toString();
            }
        }
        return values;
    }

    /** @return the text, with an apostrophe before it when a spreadsheet would read it as a formula */
    static String neutralized(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
