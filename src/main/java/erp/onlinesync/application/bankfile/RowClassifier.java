package erp.onlinesync.application.bankfile;

import erp.onlinesync.domain.bankfile.BookedLine;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which candidate rows of a file are new: not dated on or before the lock date, not in the
 * journal by their identifier (an earlier import of this file or an overlapping one), not twice in
 * this file, and not a line the journal got another way ({@link BookedLine#sameTransactionAs}; each
 * journal line answers for one entry at most, so two equal payments against one synced line leave
 * one new).
 */
final class RowClassifier {

    static final String ALREADY_IMPORTED = "already imported from a file";
    static final String TWICE_IN_FILE = "twice in this file";
    static final String ALREADY_IN_JOURNAL = "already in the journal";

    private final Set<String> knownKeys;
    /** The journal's lines not matched yet, by date and amount: a large file meets a large journal. */
    private final Map<String, List<BookedLine>> unmatched = new HashMap<>();
    private final LocalDate lockDate;
    private final Set<String> seen = new HashSet<>();

    /**
     * @param knownKeys the file's identifiers the journal holds
     * @param booked the journal's lines over the file's dates
     * @param lockDate the company's lock date, or null
     */
    RowClassifier(Set<String> knownKeys, List<BookedLine> booked, LocalDate lockDate) {
        this.knownKeys = knownKeys;
        for (BookedLine line : booked) {
            // lines imported from this very file are found by their identifiers, not a second time by their content
            if (line.importKey() == null || !knownKeys.contains(line.importKey())) {
                unmatched.computeIfAbsent(key(line.date(), line.amount()), k -> new ArrayList<>()).add(line);
            }
        }
        this.lockDate = lockDate;
    }

    /**
     * @param entries the file's entries, in the order of {@code rows}
     * @return the rows, candidates now new, duplicate or invalid
     */
    List<ImportRow> classify(List<FileEntry> entries, List<ImportRow> rows) {
        List<ImportRow> classified = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            classified.add(row.status() == RowStatus.NEW ? classify(entries.get(i), row) : row);
        }
        return classified;
    }

    private ImportRow classify(FileEntry entry, ImportRow row) {
        if (lockDate != null && !entry.date().isAfter(lockDate)) {
            return row.as(RowStatus.INVALID, "dated on or before the lock date " + lockDate);
        }
        if (knownKeys.contains(row.identifier())) {
            return row.as(RowStatus.DUPLICATE, ALREADY_IMPORTED);
        }
        if (!seen.add(row.identifier())) {
            return row.as(RowStatus.DUPLICATE, TWICE_IN_FILE);
        }
        List<BookedLine> sameDayAndAmount = unmatched.getOrDefault(key(entry.date(), entry.amount()), List.of());
        for (int i = 0; i < sameDayAndAmount.size(); i++) {
            if (sameDayAndAmount.get(i).sameTransactionAs(entry)) {
                sameDayAndAmount.remove(i);
                return row.as(RowStatus.DUPLICATE, ALREADY_IN_JOURNAL);
            }
        }
        return row;
    }

    private static String key(LocalDate date, BigDecimal amount) {
        return date + " " + amount.stripTrailingZeros().toPlainString();
    }
}
