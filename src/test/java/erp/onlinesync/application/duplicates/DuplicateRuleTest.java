package erp.onlinesync.application.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.journal.StatementLineView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines of a journal look like the same bank transaction. */
class DuplicateRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theSameOnlineIdentifierOnTwoLinesIsOneGroup() {
        List<DuplicateGroup> groups = DuplicateRule.group(List.of(
                online(2, DAY, "-10.00", 101L, "tx-1"), online(1, DAY.minusDays(1), "-9.00", 100L, "tx-1"),
                online(3, DAY, "5.00", 100L, "tx-2")));
        assertEquals(1, groups.size());
        assertEquals(DuplicateGroup.SAME_ONLINE_ID, groups.get(0).reason());
        assertEquals(List.of(1L, 2L), ids(groups.get(0)), "ordered by date then id");
    }

    @Test
    void theSameDateAmountAndOnlineAccountIsOneGroup() {
        List<DuplicateGroup> groups = DuplicateRule.group(List.of(
                online(1, DAY, "-10.00", 100L, "tx-1"), online(2, DAY, "-10.00", 100L, "tx-2"),
                online(3, DAY, "-10.00", 101L, "tx-3"), online(4, DAY.plusDays(1), "-10.00", 100L, "tx-4"),
                online(5, DAY, "-10.01", 100L, "tx-5")));
        assertEquals(1, groups.size());
        assertEquals(DuplicateGroup.SAME_DATE_AMOUNT, groups.get(0).reason());
        assertEquals(List.of(1L, 2L), ids(groups.get(0)), "another account, day or amount is another transaction");
    }

    @Test
    void linesWithoutOnlineAccountCompareThePartnerAccountNumber() {
        List<DuplicateGroup> groups = DuplicateRule.group(List.of(
                manual(1, DAY, "20.00", "BE68 5390 0754 7034"), manual(2, DAY, "20.00", "be68539007547034"),
                manual(3, DAY, "20.00", "NL91ABNA0417164300"), manual(4, DAY, "20.00", null),
                manual(5, DAY, "20.00", null)));
        assertEquals(1, groups.size());
        assertEquals(List.of(1L, 2L), ids(groups.get(0)), "no number, nothing to compare");
    }

    @Test
    void anOnlineLineAndAManualLineDoNotMatchByDateAndAmount() {
        assertTrue(DuplicateRule.group(List.of(online(1, DAY, "7.00", 100L, "tx-1"), manual(2, DAY, "7.00", "BE68"))).isEmpty());
    }

    @Test
    void groupsAreOrderedByTheirFirstLineAndIdentifierGroupsFirstOnATie() {
        List<DuplicateGroup> groups = DuplicateRule.group(List.of(
                manual(10, DAY.plusDays(3), "1.00", "BE68"), manual(11, DAY.plusDays(3), "1.00", "BE68"),
                online(1, DAY, "-3.00", 100L, "tx-9"), online(2, DAY, "-3.00", 100L, "tx-8"),
                online(3, DAY, "4.00", 101L, "tx-9")));
        assertEquals(List.of(DuplicateGroup.SAME_ONLINE_ID, DuplicateGroup.SAME_DATE_AMOUNT, DuplicateGroup.SAME_DATE_AMOUNT),
                groups.stream().map(DuplicateGroup::reason).toList());
        assertEquals(List.of(1L, 3L), ids(groups.get(0)));
        assertEquals(List.of(1L, 2L), ids(groups.get(1)), "a line may be in a group of each reason");
        assertEquals(List.of(10L, 11L), ids(groups.get(2)));
    }

    private static DuplicateCandidate online(long id, LocalDate date, String amount, Long accountId, String onlineId) {
        return new DuplicateCandidate(line(id, date, amount, null, onlineId), accountId);
    }

    private static DuplicateCandidate manual(long id, LocalDate date, String amount, String accountNumber) {
        return new DuplicateCandidate(line(id, date, amount, accountNumber, null), null);
    }

    private static StatementLineView line(long id, LocalDate date, String amount, String accountNumber, String onlineId) {
        return new StatementLineView(id, 1L, null, null, date, "ref " + id, amount, "EUR", null, accountNumber, null, null,
                onlineId, false);
    }

    private static List<Long> ids(DuplicateGroup group) {
        return group.lines().stream().map(StatementLineView::id).toList();
    }
}
