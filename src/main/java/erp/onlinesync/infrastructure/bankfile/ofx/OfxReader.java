package erp.onlinesync.infrastructure.bankfile.ofx;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFX and QFX statement files: 1.x, SGML after {@code OFXHEADER:100} lines, whose leaf tags are
 * never closed ({@code <TRNAMT>-12.50}), and 2.x, XML after {@code <?OFX OFXHEADER="200"?>}. Bank
 * ({@code STMTRS}) and credit card ({@code CCSTMTRS}) statements are read, several per file.
 * <p>
 * Why not ofx4j ({@code com.webcohesion.ofx4j:ofx4j} 1.39, Apache 2, released 2025 on Maven Central): it
 * resolves, has a parser for each version and is Jakarta-safe (jakarta.xml.bind 4), but it finds its
 * aggregate classes at run time by scanning the class path with Reflections 0.9.10 (2015, bringing Guava 18
 * and Javassist), which is fragile inside a WAR's class loader; its 1.x parser is NanoXML 2.2.3 (2002),
 * handed an entity resolver that can open what a file points to; and it binds a whole response to a tree
 * of a thousand classes when a statement needs fifteen tags. The tokenizer here is under 200 lines,
 * expands no entity, and says on which line a file is cut.
 */
public final class OfxReader {

    /** The headers (1.x lines or the 2.x XML declaration) fit well within this. */
    private static final int HEAD = 1024;
    private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final Pattern SGML_ENCODING = Pattern.compile("ENCODING:\\s*UTF-?8", Pattern.CASE_INSENSITIVE);
    private static final Pattern SGML_CHARSET = Pattern.compile("CHARSET:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param in the file, read once and not closed
     * @throws BankFileException BROKEN when the file is cut, holds no OFX element or no statement
     */
    public BankFile read(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
        Charset charset = charset(head(buffered));
        return new OfxWalk(new OfxTokenizer(new BufferedReader(new InputStreamReader(buffered, charset)))).read();
    }

    private static String head(BufferedInputStream in) {
        try {
            in.mark(HEAD);
            String head = new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 2.x names it in the XML declaration (UTF-8 when not); 1.x says UTF-8 or a Windows code page. */
    static Charset charset(String head) {
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return named(xml.group(1), StandardCharsets.UTF_8);
        }
        if (SGML_ENCODING.matcher(head).find()) {
            return StandardCharsets.UTF_8;
        }
        Matcher charset = SGML_CHARSET.matcher(head);
        if (charset.find()) {
            String name = charset.group(1);
            return named(name.matches("\\d{4}") ? "windows-" + name : name.replaceFirst("^8859-", "ISO-8859-"), WINDOWS_1252);
        }
        return head.contains("OFXHEADER:") ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    private static Charset named(String name, Charset otherwise) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return otherwise;
        }
    }
}
