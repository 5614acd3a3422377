package erp.onlinesync.application.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The naming rules of created bank journals, and how account numbers are compared. */
class BankJournalsTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void theNextCodeIsTheSmallestFreeNumber() {
        assertEquals("BNK2", BankJournals.nextCode(Set.of("BNK1")));
        assertEquals("BNK3", BankJournals.nextCode(List.of("BNK1", "BNK2", "CSH1")));
        assertEquals("BNK2", BankJournals.nextCode(Set.of("BNK1", "BNK3")), "a gap is used again");
        assertEquals("BNK1", BankJournals.nextCode(Set.of()));
    }

    @Test
    void theNameIsTheAccountsNameElseItsNumberElseItsIdentifier() {
        assertEquals("Savings", BankJournals.nameFor(new OnlineAccount(null, "acc-1", "Savings", "BE68", EUR)));
        assertEquals("BE68", BankJournals.nameFor(new OnlineAccount(null, "acc-1", " ", "BE68", EUR)));
        assertEquals("acc-1", BankJournals.nameFor(new OnlineAccount(null, "acc-1", null, null, EUR)));
        assertEquals(BankJournals.NAME_MAX, BankJournals.nameFor(new OnlineAccount(null, "acc-1", "x".repeat(300), null, EUR)).length());
    }

    @Test
    void accountNumbersCompareWithoutSpacesAndCase() {
        assertTrue(AccountNumbers.same("BE68 5390 0754 7034", "be68539007547034"));
        assertFalse(AccountNumbers.same("BE68 5390 0754 7034", "BE68 5390 0754 7035"));
        assertFalse(AccountNumbers.same(null, null), "two missing numbers are not the same account");
        assertNull(AccountNumbers.normalize("  "));
    }
}
