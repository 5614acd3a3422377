package erp.onlinesync.sandbox.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BankTest {

    @Test
    void searchFiltersOnCountryQueryAndLimit() {
        assertEquals(Bank.values().length, Bank.search(null, null, 100).size());
        assertTrue(Bank.search("be", null, 100).stream().allMatch(b -> b.country().equals("BE")));
        assertEquals(List.of(Bank.FLAKY), Bank.search(null, "FLAKY", 100));
        assertEquals(List.of(Bank.SANDBOX), Bank.search("BE", "sandbox", 100));
        assertEquals(2, Bank.search(null, "", 2).size());
        assertTrue(Bank.search("XX", null, 100).isEmpty());
    }

    @Test
    void idsAreStableAndFound() {
        assertEquals(Bank.BIG, Bank.byId("big_bank").orElseThrow());
        assertFalse(Bank.byId("no_bank").isPresent());
        assertFalse(Bank.MANUAL.autoSyncAllowed());
        assertEquals(2000, Bank.BIG.pageSize(2000), "Big Bank pages as the setting says");
        assertEquals(100, Bank.SANDBOX.pageSize(2000), "the others keep theirs");
        assertEquals(2, Bank.EXPIRED_CONSENT.consentDays());
    }
}
