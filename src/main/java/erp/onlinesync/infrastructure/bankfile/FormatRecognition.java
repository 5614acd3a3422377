package erp.onlinesync.infrastructure.bankfile;

import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a statement file's format from its first bytes: camt is XML whose namespace is
 * {@code urn:iso:std:iso:20022:tech:xsd:camt.05[234]…}; OFX starts with {@code OFXHEADER:} lines (1.x) or
 * holds {@code <?OFX} or {@code <OFX>} (2.x); any other text with a delimiter may be CSV, which the CSV
 * guess then confirms or refuses. Bytes are looked at as ISO-8859-1, which maps each byte to one character
 * whatever the file's real encoding, since every marker sought is ASCII.
 */
final class FormatRecognition {

    private static final Pattern CAMT_NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]\\.");
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    private static final Pattern DELIMITER = Pattern.compile("[;,\\t]");

    private FormatRecognition() {
    }

    /**
     * @param head the file's first bytes, at least one
     * @throws BankFileException EMPTY for blanks only, UNKNOWN_FORMAT for binary data, XML of another kind, or text
     *         without a delimiter
     */
    static BankFileFormat of(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String start = (text.startsWith(UTF8_BOM) ? text.substring(UTF8_BOM.length()) : text).stripLeading();
        if (start.isEmpty()) {
            throw new BankFileException(Problem.EMPTY, "the file holds nothing but blanks");
        }
        String upper = start.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OFXHEADER") || upper.contains("<?OFX") || upper.contains("<OFX>")) {
            return BankFileFormat.OFX;
        }
        if (start.startsWith("<")) {
            if (CAMT_NAMESPACE.matcher(start).find()) {
                return BankFileFormat.CAMT;
            }
            throw unknown("it is XML (or HTML), but neither camt.052, camt.053, camt.054 nor OFX");
        }
        if (CONTROL.matcher(start).find()) {
            throw unknown("it is not text (a PDF, a spreadsheet or an image?)");
        }
        if (!DELIMITER.matcher(start).find()) {
            throw unknown("it is text without any delimiter (; , or tab), so not CSV");
        }
        return BankFileFormat.CSV;
    }

    private static BankFileException unknown(String why) {
        return new BankFileException(Problem.UNKNOWN_FORMAT,
                "the file is not one of the formats read here (camt.052/053/054, OFX, CSV): " + why);
    }
}
