package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction as a file states it, or a row of the file that cannot become one ({@link #problem()}
 * says why, in words a person understands, and the other fields hold what could be read).
 *
 * @param row the entry's position in the file, from 1 (a CSV line number, the n-th entry of a camt or OFX file)
 * @param amount signed: negative for a debit of the account
 * @param currencyCode the entry's currency as the file states it, or null when the file does not say
 * @param label the free text (camt {@code Ustrd} / {@code AddtlNtryInf}, OFX {@code NAME}+{@code MEMO}, CSV label)
 * @param reference the payment's reference (camt {@code EndToEndId} or structured reference, OFX {@code REFNUM}, CSV)
 * @param bankIdentifier the bank's own identifier (camt {@code AcctSvcrRef}, else {@code NtryRef}, else
 *        {@code EndToEndId} unless {@code NOTPROVIDED}; OFX {@code FITID}; CSV a mapped column), or null
 * @param booked false for an entry the bank still holds as pending (camt {@code PDNG})
 * @param foreignCurrencyCode with {@code foreignAmount}: the instructed amount in another currency, or null
 * @param problem null for a valid entry; else why the row cannot be imported
 */
public record FileEntry(int row, LocalDate date, BigDecimal amount, String currencyCode, String label,
        String partnerName, String partnerAccount, String reference, String bankIdentifier, boolean booked,
        String foreignCurrencyCode, BigDecimal foreignAmount, String problem) {

    /** @return a row that cannot be imported, for the reason given */
    public static FileEntry invalid(int row, String problem) {
        return new FileEntry(row, null, null, null, null, null, null, null, null, true, null, null, problem);
    }

    public boolean isValid() {
        return problem == null;
    }
}
