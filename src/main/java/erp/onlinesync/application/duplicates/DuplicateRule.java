package erp.onlinesync.application.duplicates;

import erp.onlinesync.application.journal.AccountNumbers;
import erp.onlinesync.application.journal.StatementLineView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of one journal look like the same bank transaction, as the reference product's "Find
 * Duplicate Transactions" says: lines sharing an online transaction identifier (the same transaction
 * came in through two accounts, e.g. after a reconnect), or lines with the same date, amount,
 * currency and account, where the account is the online account for synchronized lines and the
 * partner's account number (ignoring spaces and case) for the others.
 * <p>
 * Pitfalls: a line without an online account and without a partner account number has no account
 * to compare, so it never matches by date and amount (two equal card payments on one day are
 * common). A line can belong to one group of each reason.
 */
public final class DuplicateRule {

    private static final Comparator<StatementLineView> BY_DATE_THEN_ID =
            Comparator.comparing(StatementLineView::date).thenComparing(StatementLineView::id);

    private DuplicateRule() {
    }

    /**
     * @param candidates lines of one journal, in any order
     * @return the groups of two lines or more, ordered by their first line's date and id, the
     *         identifier groups first on a tie; lines in each group by date then id
     */
    public static List<DuplicateGroup> group(List<DuplicateCandidate> candidates) {
        Map<String, List<StatementLineView>> byOnlineId = new LinkedHashMap<>();
        Map<String, List<StatementLineView>> byDateAmount = new LinkedHashMap<>();
        for (DuplicateCandidate c : candidates) {
            String onlineId = c.line().onlineTransactionIdentifier();
            if (onlineId != null && !onlineId.isBlank()) {
                byOnlineId.computeIfAbsent(onlineId, k -> new ArrayList<>()).add(c.line());
            }
            String key = dateAmountKey(c);
            if (key != null) {
                byDateAmount.computeIfAbsent(key, k -> new ArrayList<>()).add(c.line());
            }
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        collect(groups, DuplicateGroup.SAME_ONLINE_ID, byOnlineId);
        collect(groups, DuplicateGroup.SAME_DATE_AMOUNT, byDateAmount);
        groups.sort(Comparator.comparing((DuplicateGroup g) -> g.lines().get(0), BY_DATE_THEN_ID)
                .thenComparing(g -> DuplicateGroup.SAME_ONLINE_ID.equals(g.reason()) ? 0 : 1));
        return groups;
    }

    /**
     * @return date, amount, currency and account of the line as one key, or null when it has no
     *         account to compare; amounts of one currency are formatted alike, so equal text is an equal amount
     */
    static String dateAmountKey(DuplicateCandidate c) {
        StatementLineView line = c.line();
        String account = c.onlineAccountId() != null ? "online:" + c.onlineAccountId()
                : AccountNumbers.normalize(line.accountNumber()) == null ? null
                : "number:" + AccountNumbers.normalize(line.accountNumber());
        return account == null ? null : line.date() + "|" + line.amount() + "|" + line.currencyCode() + "|" + account;
    }

    private static void collect(List<DuplicateGroup> groups, String reason, Map<String, List<StatementLineView>> byKey) {
        byKey.values().stream().filter(lines -> lines.size() > 1)
                .forEach(lines -> groups.add(new DuplicateGroup(reason, lines.stream().sorted(BY_DATE_THEN_ID).toList())));
    }
}
