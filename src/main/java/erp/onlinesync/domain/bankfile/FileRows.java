package erp.onlinesync.domain.bankfile;

import erp.onlinesync.domain.journal.BankTransactionFields;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a file's entries may become lines: booked valid ones are candidates ({@link RowStatus#NEW}
 * until the preview compares them with the journal), pending ones are reported apart and invalid ones
 * keep the reader's reason. Texts are cut to their columns as the importer cuts synced ones.
 * <p>
 * The line's {@code payment_ref} is the label followed by the payment's reference when the label does
 * not already hold it, so that a person reconciling sees both (the journal has no column of its own
 * for the reference).
 */
public final class FileRows {

    private FileRows() {
    }

    /** @return the entries of every statement, in file order */
    public static List<FileEntry> entriesOf(BankFile file) {
        List<FileEntry> entries = new ArrayList<>();
        file.statements().forEach(s -> entries.addAll(s.entries()));
        return entries;
    }

    /**
     * @param entries {@link #entriesOf} the file
     * @param currency the journal's currency (the file was checked to be in it)
     * @return one row per entry, in the same order
     */
    public static List<ImportRow> sort(BankFileFormat format, List<FileEntry> entries, CurrencyCode currency) {
        List<String> ids = FileLineIdentifier.of(format, entries);
        List<ImportRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(rowOf(i, entries.get(i), ids.get(i), currency));
        }
        return rows;
    }

    /**
     * @param firstPosition the position after the journal's rows
     * @param leftOut statements of other accounts than the journal's
     * @return one invalid row per entry, saying whose it is, so the preview shows what the file held
     */
    public static List<ImportRow> leftOut(int firstPosition, List<FileStatement> leftOut, CurrencyCode journalCurrency) {
        List<ImportRow> rows = new ArrayList<>();
        for (FileStatement statement : leftOut) {
            CurrencyCode currency = currencyOr(statement.currencyCode(), journalCurrency);
            String reason = "of account " + statement.accountNumber() + ", not the journal's";
            for (FileEntry entry : statement.entries()) {
                rows.add(new ImportRow(firstPosition + rows.size(), entry.row(), RowStatus.INVALID, reason,
                        lineOf(entry, currency, null), null));
            }
        }
        return rows;
    }

    private static CurrencyCode currencyOr(String code, CurrencyCode fallback) {
        try {
            return code == null ? fallback : CurrencyCode.of(code);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }

    private static ImportRow rowOf(int position, FileEntry entry, String identifier, CurrencyCode currency) {
        String foreign;
        try {
            foreign = entry.foreignCurrencyCode() == null || entry.foreignAmount() == null ? null
                    : CurrencyCode.of(entry.foreignCurrencyCode()).code();
        } catch (IllegalArgumentException unknown) {
            return new ImportRow(position, entry.row(), RowStatus.INVALID, unknown.getMessage(), lineOf(entry, currency, null), null);
        }
        NewLine line = lineOf(entry, currency, foreign);
        if (!entry.isValid()) {
            return new ImportRow(position, entry.row(), RowStatus.INVALID, entry.problem(), line, null);
        }
        if (!entry.booked()) {
            return new ImportRow(position, entry.row(), RowStatus.PENDING, RowStatus.PENDING_REASON, line, null);
        }
        return new ImportRow(position, entry.row(), RowStatus.NEW, null, line, identifier);
    }

    private static NewLine lineOf(FileEntry e, CurrencyCode currency, String foreign) {
        return new NewLine(null, e.date(), BankTransactionFields.cut(paymentRef(e), BankTransactionFields.PAYMENT_REF_MAX),
                e.amount(), currency.code(), BankTransactionFields.cut(e.partnerName(), BankTransactionFields.PARTNER_MAX),
                BankTransactionFields.cut(e.partnerAccount(), BankTransactionFields.PARTNER_MAX), foreign,
                foreign == null ? null : e.foreignAmount());
    }

    /** @return the label, with the reference after it unless the label already holds it; null when neither */
    static String paymentRef(FileEntry e) {
        String label = blankToNull(e.label());
        String reference = blankToNull(e.reference());
        if (reference == null || (label != null && label.contains(reference))) {
            return label;
        }
        return label == null ? reference : label + " " + reference;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
