package erp.onlinesync.sandbox.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AccountHistoryTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 3, 15);
    private static final long SIZE = 1_000_000;

    private static List<AccountHistory> sandboxBank(long seed) {
        return AccountHistory.of(Bank.SANDBOX, seed, CREATED, SIZE);
    }

    @Test
    void sameSeedGivesSameAccountsAndTransactions() {
        List<AccountHistory> first = sandboxBank(42);
        List<AccountHistory> second = sandboxBank(42);
        for (int a = 0; a < first.size(); a++) {
            assertEquals(first.get(a).id(), second.get(a).id());
            assertEquals(first.get(a).accountNumber(), second.get(a).accountNumber());
            for (long i = 0; i < first.get(a).postedCount(CREATED); i += 37) {
                assertEquals(first.get(a).posted(i), second.get(a).posted(i));
            }
            assertEquals(first.get(a).pending(CREATED), second.get(a).pending(CREATED));
        }
        assertNotEquals(first.get(0).posted(5), sandboxBank(43).get(0).posted(5));
    }

    @Test
    void sandboxBankIsMultiCurrencyWithAFewThousandTransactionsOverTwoYears() {
        List<AccountHistory> accounts = sandboxBank(42);
        assertEquals(List.of("EUR", "EUR", "USD"), accounts.stream().map(AccountHistory::currencyCode).toList());
        long total = accounts.stream().mapToLong(a -> a.postedCount(CREATED)).sum();
        assertTrue(total > 2000 && total < 10_000, "a few thousand: " + total);
        assertEquals(CREATED.minusDays(729), accounts.get(0).postedDate(0));
        assertEquals(CREATED, accounts.get(0).postedDate(accounts.get(0).postedCount(CREATED) - 1));
        assertEquals(5, accounts.stream().mapToInt(a -> a.pending(CREATED).size()).sum());
    }

    @Test
    void balanceIsOpeningBalancePlusEveryPostedTransaction() {
        for (AccountHistory account : sandboxBank(7)) {
            for (LocalDate day : List.of(CREATED, CREATED.plusDays(5))) {
                BigDecimal sum = LongStream.range(0, account.postedCount(day)).mapToObj(i -> account.posted(i).amount())
                        .reduce(account.openingBalance(), BigDecimal::add);
                assertEquals(sum, account.balance(day), account.id() + " on " + day);
            }
        }
    }

    @Test
    void datesNeverGoBackAndTheStartDateSearchFindsTheFirstOnOrAfter() {
        AccountHistory account = sandboxBank(7).get(0);
        long count = account.postedCount(CREATED.plusDays(3));
        for (long i = 1; i < count; i++) {
            assertFalse(account.postedDate(i).isBefore(account.postedDate(i - 1)), "index " + i);
        }
        for (LocalDate start : List.of(CREATED.minusDays(1000), CREATED.minusDays(300), CREATED, CREATED.plusDays(2),
                CREATED.plusDays(9))) {
            long first = account.firstIndexFrom(start, count);
            assertTrue(first == count || !account.postedDate(first).isBefore(start));
            assertTrue(first == 0 || account.postedDate(first - 1).isBefore(start));
        }
    }

    @Test
    void pendingTransactionsPostLaterUnderANewIdentifierSometimesWithAnotherAmount() {
        AccountHistory account = sandboxBank(7).get(0);
        List<SandboxTransaction> pending = account.pending(CREATED);
        assertEquals(3, pending.size());
        pending.forEach(p -> assertFalse(p.date().isAfter(CREATED), "a pending transaction is not in the future"));
        LocalDate later = CREATED.plusDays(3);
        boolean amountChanged = false;
        for (SandboxTransaction p : pending) {
            long index = Long.parseLong(p.identifier().substring(p.identifier().lastIndexOf("-P") + 2));
            assertTrue(index < account.postedCount(later), "posted by then");
            SandboxTransaction posted = account.posted(index);
            assertNotEquals(p.identifier(), posted.identifier());
            assertEquals(p.identifier(), posted.pendingTransactionIdentifier());
            assertNull(p.pendingTransactionIdentifier());
            amountChanged |= !p.amount().equals(posted.amount());
        }
        assertTrue(amountChanged, "one of three pending transactions posts with another amount");
        assertTrue(account.pending(later).stream().noneMatch(pending::contains));
    }

    @Test
    void firstAccountCarriesValuesThatTestEscapingAndForeignCurrencies() {
        AccountHistory account = sandboxBank(7).get(0);
        List<SandboxTransaction> all = LongStream.range(0, account.postedCount(CREATED)).mapToObj(account::posted).toList();
        assertTrue(all.stream().anyMatch(t -> TransactionGenerator.SCRIPT_PARTNER.equals(t.partnerName())));
        assertTrue(all.stream().anyMatch(t -> TransactionGenerator.QUOTES_PARTNER.equals(t.partnerName())));
        assertTrue(all.stream().anyMatch(t -> t.paymentRef().length() == TransactionGenerator.LONG_REF_LENGTH));
        List<SandboxTransaction> foreign = all.stream().filter(t -> t.foreignCurrencyCode() != null).toList();
        assertFalse(foreign.isEmpty());
        foreign.forEach(t -> {
            assertNotEquals(t.currencyCode(), t.foreignCurrencyCode());
            assertEquals(t.amount().signum(), t.amountCurrency().signum());
        });
    }

    @Test
    void bigBankComputesAnyTransactionFromItsIndexAlone() {
        AccountHistory big = AccountHistory.of(Bank.BIG, 9, CREATED, SIZE).get(0);
        assertEquals(SIZE, big.postedCount(CREATED));
        assertEquals(CREATED, big.postedDate(SIZE - 1));
        assertEquals(CREATED.minusDays(Bank.BIG.historyDays() - 1L), big.postedDate(0));
        assertEquals(big.id() + "-T999999", big.posted(SIZE - 1).identifier());
        long first = big.firstIndexFrom(CREATED.minusDays(10), SIZE);
        assertTrue(SIZE - first > 5900 && SIZE - first < 6100, "about 548 a day over the last 11 days");
    }

    @Test
    void accountNumbersAreValidIbans() {
        for (Bank bank : Bank.values()) {
            for (AccountHistory account : AccountHistory.of(bank, 3, CREATED, 10)) {
                String iban = account.accountNumber();
                assertEquals(bank.country(), iban.substring(0, 2));
                assertEquals(1, Iban.mod97(iban.substring(4) + iban.substring(0, 4)), iban);
            }
        }
    }
}
