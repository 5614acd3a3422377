package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** File entries and files for tests: a booked entry of 2026-11-03 unless changed. */
public final class Entries {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    private Entries() {
    }

    public static FileEntry booked(int row, String amount, String label) {
        return entry(row, DAY, amount, label, null, null, true);
    }

    public static FileEntry entry(int row, LocalDate date, String amount, String label, String reference,
            String bankIdentifier, boolean booked) {
        return new FileEntry(row, date, new BigDecimal(amount), null, label, "ACME", "BE71096123456769", reference,
                bankIdentifier, booked, null, null, null);
    }

    public static BankFile file(BankFileFormat format, String account, FileBalance opening, FileBalance closing,
            FileEntry... entries) {
        return new BankFile(format, List.of(new FileStatement(account, "EUR", opening, closing, List.of(entries))));
    }
}
