package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether a file's balances agree with the journal: its opening balance with the journal's balance
 * the day before its first entry, its closing balance with the opening (or, without one, the
 * journal's balance) plus the file's booked entries. A mismatch does not refuse the file: the
 * person sees it, and the confirm's chatter message says by how much.
 *
 * @param difference what the bank says minus what the journal or the entries give (the opening's
 *        difference when there is one, else the closing's); null when {@link Result#ABSENT}
 */
public record BalanceCheck(Result result, BigDecimal opening, BigDecimal closing, BigDecimal difference) {

    public enum Result {
        OK, MISMATCH, ABSENT;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param opening the file's opening balance, or null
     * @param closing the file's closing balance, or null
     * @param journalBefore the journal's balance the day before the file's first entry
     * @param movement the sum of the file's booked, valid entries
     */
    public static BalanceCheck of(BigDecimal opening, BigDecimal closing, BigDecimal journalBefore, BigDecimal movement) {
        if (opening == null && closing == null) {
            return new BalanceCheck(Result.ABSENT, null, null, null);
        }
        BigDecimal openingDifference = opening == null ? BigDecimal.ZERO : opening.subtract(journalBefore);
        BigDecimal closingDifference = closing == null ? BigDecimal.ZERO
                : closing.subtract((opening == null ? journalBefore : opening).add(movement));
        BigDecimal difference = openingDifference.signum() != 0 ? openingDifference : closingDifference;
        return new BalanceCheck(difference.signum() == 0 ? Result.OK : Result.MISMATCH, opening, closing, difference);
    }
}
