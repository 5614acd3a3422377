package erp.onlinesync.domain.bankfile;

import java.util.Locale;

/**
 * What a preview says of a file's row. {@link #PENDING} is kept apart from {@link #INVALID} here
 * (a pending entry is not wrong, only not booked yet), but the API's row status knows only
 * {@code new|duplicate|invalid}: a pending row is shown as {@code invalid} with the reason
 * {@value #PENDING_REASON}.
 */
public enum RowStatus {
    NEW, DUPLICATE, INVALID, PENDING;

    public static final String PENDING_REASON = "pending, not imported";

    /** @return the row status as the API's contract spells it */
    public String apiName() {
        return (this == PENDING ? INVALID : this).name().toLowerCase(Locale.ROOT);
    }
}
