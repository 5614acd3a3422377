package erp.onlinesync.sandbox.bank;

/**
 * What Hostile Bank puts in its answers: values longer than the module's columns and control
 * characters where a database refuses them (PostgreSQL fails on U+0000 in any text). Fixed strings, so
 * the bank stays deterministic and a test can compare what was stored with what was sent.
 */
public final class HostileAnswers {

    /** The account's name: 300 characters, a hundred more than the module's column. */
    public static final String ACCOUNT_NAME = padded("Hostile current account with a name far too long", 300);
    /** Starts every label: a NUL between two words. */
    public static final String LABEL_PREFIX = "NUL\u0000here ";
    public static final int PARTNER_LENGTH = 1500;
    /** The error's user message: 5,000 characters, with a NUL and a line break. */
    public static final String ERROR_MESSAGE = padded("Hostile Bank is unavailable.\u0000\nIt explains why at length:", 5000);
    /** The error's reference: 500 characters, over twice the module's column. */
    public static final String ERROR_REFERENCE = padded("HOSTILE-REF-", 500);

    private HostileAnswers() {
    }

    /** @return the partner name drawn, stretched to {@value #PARTNER_LENGTH} characters */
    static String partner(String drawn) {
        return padded(drawn, PARTNER_LENGTH);
    }

    private static String padded(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append(" lorem ipsum");
        }
        return text.substring(0, length);
    }
}
