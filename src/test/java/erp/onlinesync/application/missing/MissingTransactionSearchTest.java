package erp.onlinesync.application.missing;

import erp.onlinesync.domain.journal.Deletion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The page-by-page comparison of Find Missing and its caps, against a bank and a journal in memory. */
class MissingTransactionSearchTest {

    private static final SearchScope SCOPE = new SearchScope(null, 7L, "acc-1", CurrencyCode.of("EUR"), FakeBank.FIRST_DAY);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(FakeBank::id).toList();
    }

    private static MissingTransactionSearch search(FakeBank bank, FakeJournal journal, int maxResults, int maxPages) {
        return new MissingTransactionSearch(bank, journal, CallContext.person("en_US"), maxResults, maxPages);
    }

    @Test
    void listsWhatTheJournalLacksAskingTheJournalOnePageAtATime() {
        FakeBank bank = FakeBank.of(250, 100);
        FakeJournal journal = new FakeJournal().holding(ids(0, 120)).holding(ids(121, 250));
        MissingTransactions found = search(bank, journal, 1000, 1000).find(SCOPE);
        assertEquals(List.of("t120"), found.transactions().stream().map(MissingTransactionView::onlineTransactionIdentifier).toList());
        assertTrue(found.complete());
        assertEquals(3, bank.pagesAsked(), "every page of the bank, following next_data");
        assertEquals(100, journal.largestQuestion(), "the journal is asked about one page of identifiers, never the account");
        assertEquals("100", bank.asked().get(1).nextData(), "the second page asked with the first page's next_data");
        assertEquals(SCOPE.start(), bank.asked().get(1).startDate(), "every other field unchanged");
    }

    @Test
    void aTransactionDeletedOnPurposeSaysByWhomAndWhen() {
        Instant at = Instant.parse("2026-11-30T10:15:00Z");
        FakeJournal journal = new FakeJournal().holding(ids(0, 4)).deleting("t4", new Deletion("alice", at));
        MissingTransactions found = search(FakeBank.of(6, 100), journal, 1000, 1000).find(SCOPE);
        MissingTransactionView deleted = found.transactions().get(0);
        assertEquals("t4", deleted.onlineTransactionIdentifier());
        assertEquals(MissingTransactionView.Status.DELETED, deleted.status());
        assertEquals("alice", deleted.deletedBy());
        assertEquals(at, deleted.deletedAt());
        MissingTransactionView missing = found.transactions().get(1);
        assertEquals(MissingTransactionView.Status.MISSING, missing.status());
        assertNull(missing.deletedBy());
        assertNull(missing.deletedAt());
    }

    @Test
    void stopsAtTheResultCapAndSaysMoreExist() {
        FakeBank bank = FakeBank.of(1000, 10);
        MissingTransactions found = search(bank, new FakeJournal(), 25, 1000).find(SCOPE);
        assertEquals(25, found.transactions().size());
        assertFalse(found.complete(), "more are missing than listed");
        assertEquals(3, bank.pagesAsked(), "no page asked after the cap is passed");
    }

    @Test
    void exactlyTheResultCapIsComplete() {
        MissingTransactions found = search(FakeBank.of(25, 10), new FakeJournal(), 25, 1000).find(SCOPE);
        assertEquals(25, found.transactions().size());
        assertTrue(found.complete());
    }

    @Test
    void aBankThatNeverEndsItsPagingStopsAtThePageCap() {
        FakeBank bank = FakeBank.endless(10);
        MissingTransactions found = search(bank, new FakeJournal().holding(ids(0, 100)), 1000, 5).find(SCOPE);
        assertEquals(5, bank.pagesAsked());
        assertTrue(found.transactions().isEmpty());
        assertFalse(found.complete(), "the bank had more pages than the cap");
    }

    @Test
    void listsByDateThenIdentifierAndNothingBeforeTheStart() {
        SearchScope later = new SearchScope(null, 7L, "acc-1", CurrencyCode.of("EUR"), FakeBank.FIRST_DAY.plusDays(298));
        MissingTransactions found = search(FakeBank.of(600, 100), new FakeJournal(), 1000, 1000).find(later);
        assertEquals(List.of("t298", "t598", "t299", "t599"),
                found.transactions().stream().map(MissingTransactionView::onlineTransactionIdentifier).toList());
    }

    @Test
    void collectPagesOnlyUntilEverySelectedTransactionIsFound() {
        FakeBank bank = FakeBank.of(1000, 10);
        Map<String, NewLine> found = search(bank, new FakeJournal(), 1000, 1000).collect(SCOPE, List.of("t3", "t24"));
        assertEquals(List.of("t3", "t24"), List.copyOf(found.keySet()));
        assertEquals(3, bank.pagesAsked());
    }

    @Test
    void collectRefusesATransactionTheBankDoesNotList() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> search(FakeBank.of(30, 10), new FakeJournal(), 1000, 1000).collect(SCOPE, List.of("t3", "nope")));
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void theRangeIsAtMostAYearAndADayBackAndNeverInTheFuture() {
        MissingTransactionSearch.checkRange(TODAY.minusDays(MissingTransactionSearch.MAX_DAYS), TODAY);
        MissingTransactionSearch.checkRange(TODAY, TODAY);
        BadRequestException tooFar = assertThrows(BadRequestException.class,
                () -> MissingTransactionSearch.checkRange(TODAY.minusDays(MissingTransactionSearch.MAX_DAYS + 1), TODAY));
        assertEquals("invalid-field", tooFar.code());
        assertTrue(tooFar.getMessage().startsWith("from_date may be at most 366 days back, on or after 2025-12-01"),
                tooFar.getMessage());
        assertEquals("invalid-field", assertThrows(BadRequestException.class,
                () -> MissingTransactionSearch.checkRange(TODAY.plusDays(1), TODAY)).code());
        assertEquals("invalid-field", assertThrows(BadRequestException.class,
                () -> MissingTransactionSearch.checkRange(null, TODAY)).code());
    }
}
