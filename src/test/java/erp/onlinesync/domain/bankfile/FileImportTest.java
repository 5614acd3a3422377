package erp.onlinesync.domain.bankfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileImportTest {

    private static final Instant CREATED = Instant.parse("2026-11-05T10:00:00Z");
    private static final Instant EXPIRES = CREATED.plusSeconds(1800);

    @Test
    void aPreviewIsConfirmableOnlyInItsJournalOnceAndBeforeItsExpiry() {
        assertEquals(Optional.empty(), preview(null).refusalToConfirm(7, EXPIRES.minusSeconds(1)));
        assertEquals(Optional.of(ConfirmRefusal.NOT_FOUND), preview(null).refusalToConfirm(8, CREATED));
        assertEquals(Optional.of(ConfirmRefusal.ALREADY_CONFIRMED), preview(CREATED).refusalToConfirm(7, CREATED));
        assertEquals(Optional.of(ConfirmRefusal.EXPIRED), preview(null).refusalToConfirm(7, EXPIRES));
        assertEquals("preview-expired", ConfirmRefusal.EXPIRED.code());
    }

    private static FileImport preview(Instant confirmedAt) {
        return new FileImport(1L, 7, "alice", CREATED, EXPIRES, confirmedAt, BankFileFormat.CSV, "f.csv", null,
                BalanceCheck.of(null, null, null, null), null, List.of());
    }
}
