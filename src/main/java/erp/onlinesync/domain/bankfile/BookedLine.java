package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A line the journal already holds (synced, typed or from an earlier file), as the preview compares it
 * with a file's entries to find a transaction that came in another way ("already in the journal").
 *
 * @param importKey the line's {@link FileLineIdentifier} when it came from a file, else null
 */
public record BookedLine(LocalDate date, BigDecimal amount, String paymentRef, String partnerName, String importKey) {

    /**
     * The overlap rule: the same date and amount, and either the line's {@code payment_ref} contains the
     * entry's reference (a structured communication or end-to-end id survives every channel), or, for
     * an entry without reference, the same counterparty and the {@code payment_ref} equal to the label
     * (both compared trimmed and ignoring case).
     */
    public boolean sameTransactionAs(FileEntry entry) {
        if (!date.equals(entry.date()) || amount.compareTo(entry.amount()) != 0) {
            return false;
        }
        String reference = normalized(entry.reference());
        if (reference != null) {
            return paymentRef != null && normalized(paymentRef).contains(reference);
        }
        String partner = normalized(entry.partnerName());
        return partner != null && partner.equals(normalized(partnerName))
                && normalized(entry.label()) != null && normalized(entry.label()).equals(normalized(paymentRef));
    }

    private static String normalized(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }
}
