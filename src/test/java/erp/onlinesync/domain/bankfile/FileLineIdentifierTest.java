package erp.onlinesync.domain.bankfile;

import static erp.onlinesync.domain.bankfile.Entries.booked;
import static erp.onlinesync.domain.bankfile.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileLineIdentifierTest {

    @Test
    void theBanksIdentifierIsKeptPrefixedByTheFormat() {
        List<String> ids = FileLineIdentifier.of(BankFileFormat.CAMT,
                List.of(entry(1, Entries.DAY, "-12.50", "Rent", null, " ACSV-123 ", true)));
        assertEquals(List.of("camt:ACSV-123"), ids);
        assertEquals("ofx:ACSV-123", FileLineIdentifier.of(BankFileFormat.OFX,
                List.of(entry(1, Entries.DAY, "-12.50", "Rent", null, "ACSV-123", true))).get(0));
    }

    @Test
    void twoEqualPaymentsOnOneDayGetTwoIdentifiersAndTheSameFileTheSameOnesAgain() {
        List<FileEntry> file = List.of(booked(1, "-4.20", "Coffee"), booked(2, "-4.20", "Coffee"), booked(3, "-4.20", "Tea"));
        List<String> first = FileLineIdentifier.of(BankFileFormat.CSV, file);
        assertEquals(3, first.stream().distinct().count());
        assertTrue(first.stream().allMatch(id -> id.matches("hash:[0-9a-f]{64}")));
        assertEquals(first, FileLineIdentifier.of(BankFileFormat.CSV, file), "re-reading the file gives the same identifiers");
    }

    @Test
    void theAmountIsComparedAsANumberNotAsText() {
        assertEquals(FileLineIdentifier.of(BankFileFormat.CSV, List.of(booked(1, "-4.20", "Coffee"))),
                FileLineIdentifier.of(BankFileFormat.CSV, List.of(booked(7, "-4.2000", "Coffee"))));
        assertNotEquals(FileLineIdentifier.of(BankFileFormat.CSV, List.of(booked(1, "-4.20", "Coffee"))),
                FileLineIdentifier.of(BankFileFormat.CSV, List.of(booked(1, "4.20", "Coffee"))));
    }

    @Test
    void pendingAndInvalidEntriesHaveNoIdentifierAndDoNotShiftTheOccurrences() {
        List<String> ids = FileLineIdentifier.of(BankFileFormat.CSV, List.of(entry(1, Entries.DAY, "-4.20", "Coffee", null, null, false),
                FileEntry.invalid(2, "no date"), booked(3, "-4.20", "Coffee")));
        assertNull(ids.get(0));
        assertNull(ids.get(1));
        assertEquals(FileLineIdentifier.of(BankFileFormat.CSV, List.of(booked(1, "-4.20", "Coffee"))).get(0), ids.get(2));
    }

    @Test
    void aBankIdentifierTooLongForTheColumnIsHashedNotCut() {
        String id = FileLineIdentifier.of(BankFileFormat.CAMT, List.of(entry(1, Entries.DAY, "1", "x", null, "A".repeat(400), true))).get(0);
        assertTrue(id.matches("camt:sha256:[0-9a-f]{64}"), id);
    }
}
