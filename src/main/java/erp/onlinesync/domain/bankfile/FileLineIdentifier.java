package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The identifier a line imported from a file keeps ({@code statement_line.import_key}), unique per
 * journal: what makes a re-uploaded or overlapping file import nothing twice.
 * <p>
 * The bank's own identifier when the entry has one, prefixed by the format ({@code camt:}, {@code ofx:},
 * {@code csv:}: two formats' identifiers never share a meaning). Otherwise {@code hash:} and the SHA-256
 * (hex) of the date, the amount ({@code stripTrailingZeros}, plain), the counterparty, the label and the
 * occurrence of that same tuple in the file: two genuinely equal payments on one day get two
 * identifiers, and the same file read again gives the same ones. Pitfall: the occurrence counts only the
 * file's booked, valid entries, so a file that holds one more equal payment of that day than the first
 * import imports exactly that one.
 */
public final class FileLineIdentifier {

    /** Length of {@code statement_line.import_key}. */
    public static final int MAX = 300;
    static final String HASH_PREFIX = "hash:";
    /** Between the fields hashed: a control character no bank text holds, so "a|b" + "c" never equals "a" + "b|c". */
    private static final String SEPARATOR = "\u001f";

    private FileLineIdentifier() {
    }

    /**
     * @param entries the file's entries in file order
     * @return the identifier of each entry, in the same order; null for a pending or invalid one (never imported)
     */
    public static List<String> of(BankFileFormat format, List<FileEntry> entries) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> ids = new ArrayList<>(entries.size());
        for (FileEntry entry : entries) {
            ids.add(entry.isValid() && entry.booked() ? identifierOf(format, entry, occurrences) : null);
        }
        return ids;
    }

    private static String identifierOf(BankFileFormat format, FileEntry entry, Map<String, Integer> occurrences) {
        if (entry.bankIdentifier() != null && !entry.bankIdentifier().isBlank()) {
            return bankIdentifier(format, entry.bankIdentifier().trim());
        }
        String tuple = String.join(SEPARATOR, String.valueOf(entry.date()), normalized(entry.amount()),
                text(entry.partnerName()), text(entry.label()));
        int occurrence = occurrences.merge(tuple, 1, Integer::sum) - 1;
        return HASH_PREFIX + sha256(tuple + SEPARATOR + occurrence);
    }

    /** A bank identifier too long for the column is hashed rather than cut: a cut one could merge two lines. */
    private static String bankIdentifier(BankFileFormat format, String id) {
        String prefix = format.name().toLowerCase(Locale.ROOT) + ":";
        return prefix.length() + id.length() <= MAX ? prefix + id : prefix + "sha256:" + sha256(id);
    }

    /** {@code 12.50} and {@code 12.5} are the same amount. */
    static String normalized(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
