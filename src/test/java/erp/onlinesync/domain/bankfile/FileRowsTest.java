package erp.onlinesync.domain.bankfile;

import static erp.onlinesync.domain.bankfile.Entries.booked;
import static erp.onlinesync.domain.bankfile.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileRowsTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void bookedValidEntriesAreCandidatesPendingOnesApartInvalidOnesWithTheirReason() {
        List<ImportRow> rows = FileRows.sort(BankFileFormat.CAMT, List.of(booked(1, "-10", "Rent"),
                entry(2, Entries.DAY, "-3", "Card", null, null, false), FileEntry.invalid(3, "Row 3: no amount")), EUR);

        assertEquals(List.of(RowStatus.NEW, RowStatus.PENDING, RowStatus.INVALID), rows.stream().map(ImportRow::status).toList());
        assertNotNull(rows.get(0).identifier());
        assertEquals(RowStatus.PENDING_REASON, rows.get(1).reason());
        assertEquals("invalid", rows.get(1).status().apiName(), "the contract knows no pending status");
        assertEquals("Row 3: no amount", rows.get(2).reason());
        assertNull(rows.get(2).identifier());
        assertEquals(List.of(0, 1, 2), rows.stream().map(ImportRow::position).toList());
    }

    @Test
    void theLineCarriesTheLabelAndTheReferenceInTheJournalsCurrency() {
        ImportRow row = FileRows.sort(BankFileFormat.CAMT, List.of(entry(1, Entries.DAY, "-10.5", "Invoice 42", "+++090/9337/55493+++",
                null, true)), EUR).get(0);
        assertEquals("Invoice 42 +++090/9337/55493+++", row.line().paymentRef());
        assertEquals("EUR", row.line().currencyCode());
        assertEquals(new BigDecimal("-10.5"), row.line().amount());
        assertEquals("ACME", row.line().partnerName());
        assertNull(row.line().onlineId(), "a file line has no online identity");
        assertEquals("Ref 7", FileRows.paymentRef(entry(1, Entries.DAY, "1", "Ref 7", "Ref 7", null, true)));
    }

    @Test
    void anUnknownForeignCurrencyMakesTheRowInvalid() {
        FileEntry entry = new FileEntry(1, Entries.DAY, BigDecimal.TEN, null, "Hotel", null, null, null, null, true, "XXZ",
                BigDecimal.ONE, null);
        ImportRow row = FileRows.sort(BankFileFormat.CAMT, List.of(entry), EUR).get(0);
        assertEquals(RowStatus.INVALID, row.status());
        assertEquals("Unknown currency code: XXZ", row.reason());
    }
}
