package erp.onlinesync.infrastructure.bankfile.ofx;

import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Cuts OFX into tags and texts, the same way for 1.x SGML (leaf tags never closed: {@code <TRNAMT>-12.50})
 * and for 2.x XML (every tag closed). Declarations, processing instructions and comments are skipped, and
 * only the five predefined XML entities and character references are decoded: there is no DTD, so nothing
 * can be fetched or expanded.
 */
final class OfxTokenizer {

    enum Kind { OPEN, CLOSE, TEXT }

    /** A tag's upper-case name, or a text as it stands between two tags. */
    record Token(Kind kind, String value, int line) {
    }

    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'");
    private static final String COMMENT_START = "!--";
    private static final String COMMENT_END = "--";
    /** "&eacute;" at most: a longer run after an ampersand is text, as 1.x files write "AT&T" unescaped. */
    private static final int LONGEST_ENTITY = 8;

    private final Reader in;
    private int line = 1;
    private int next = -2;

    OfxTokenizer(Reader in) {
        this.in = in;
    }

    int line() {
        return line;
    }

    /** @return the next token, or null at the end of the file */
    Token next() {
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            Token token = c == '<' ? markup() : text(c);
            if (token != null) {
                return token;
            }
        }
    }

    private Token text(int first) {
        int start = line;
        StringBuilder text = new StringBuilder().append((char) first);
        while (peek() >= 0 && peek() != '<') {
            text.append((char) read());
        }
        return new Token(Kind.TEXT, decode(text.toString()), start);
    }

    /** @return the tag after a {@code <}, or null for a declaration, instruction or comment */
    private Token markup() {
        int start = line;
        String inside = until('>', start);
        if (inside.startsWith(COMMENT_START)) {
            while (!inside.endsWith(COMMENT_END)) {
                inside = until('>', start);
            }
            return null;
        }
        if (inside.startsWith("?") || inside.startsWith("!")) {
            return null;
        }
        boolean closing = inside.startsWith("/");
        String name = (closing ? inside.substring(1) : inside).trim().split("\\s", 2)[0].toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new BankFileException(Problem.BROKEN, "line " + start + ": '<" + inside + ">' is not an OFX tag");
        }
        return new Token(closing ? Kind.CLOSE : Kind.OPEN, name, start);
    }

    private String until(char end, int start) {
        StringBuilder text = new StringBuilder();
        int c = read();
        while (c != end) {
            if (c < 0) {
                throw new BankFileException(Problem.BROKEN, "line " + start + ": the file ends inside a tag");
            }
            text.append((char) c);
            c = read();
        }
        return text.toString();
    }

    private static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            int semicolon = text.indexOf(';', amp);
            String replacement = semicolon < 0 || semicolon - amp > LONGEST_ENTITY ? null
                    : entity(text.substring(amp + 1, semicolon));
            decoded.append(text, from, amp).append(replacement == null ? "&" : replacement);
            from = replacement == null ? amp + 1 : semicolon + 1;
            amp = text.indexOf('&', from);
        }
        return decoded.append(text.substring(from)).toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return character(name.substring(2), 16);
        }
        return name.startsWith("#") ? character(name.substring(1), 10) : ENTITIES.get(name);
    }

    private static String character(String digits, int radix) {
        try {
            return Character.toString(Integer.parseInt(digits, radix));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int peek() {
        if (next == -2) {
            next = readRaw();
        }
        return next;
    }

    private int read() {
        int c = peek();
        next = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int readRaw() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
