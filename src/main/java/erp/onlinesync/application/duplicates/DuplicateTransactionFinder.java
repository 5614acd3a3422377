package erp.onlinesync.application.duplicates;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.application.journal.StatementLineQueries;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.DeletedTransaction;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.journal.StatementLine;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds suspected duplicate statement lines of a journal and deletes the ones a person picks: the
 * service behind {@code POST /journals/{id}/duplicates} and the Find Duplicates wizard.
 * <p>
 * Finding: the database narrows a journal of any size down to the lines sharing a date and an
 * amount or an online identifier with another line (two grouped sub-queries over the journal's
 * index), then {@link DuplicateRule} decides on those few. Deleting: all or nothing, refused when a
 * picked line is reconciled or in closed books ({@link LineDeletionRule}); each synchronized line
 * deleted leaves a {@link DeletedTransaction} in the same transaction, so the next run's overlap
 * window does not bring it back.
 */
@Stateless
public class DuplicateTransactionFinder {

    /** Most candidate lines handled in one search: beyond that, a later start date is needed. */
    public static final int MAX_LINES = 5000;
    /** Most lines deleted in one call. */
    public static final int MAX_DELETE = 1000;

    /**
     * Lines dated from ?2 in journal ?1 sharing date and amount, or an online identifier, with
     * another line of the same range: a superset of the rule's groups, which the rule then sorts out.
     * Portable SQL (row-value IN) for PostgreSQL and H2.
     */
    static final String CANDIDATES = """
            select l.id, l.online_account_id from statement_line l
            where l.journal_id = ?1 and l.date >= ?2
              and ((l.date, l.amount) in (select d.date, d.amount from statement_line d
                      where d.journal_id = ?1 and d.date >= ?2 group by d.date, d.amount having count(*) > 1)
                or l.online_transaction_identifier in (select d.online_transaction_identifier from statement_line d
                      where d.journal_id = ?1 and d.date >= ?2 and d.online_transaction_identifier is not null
                      group by d.online_transaction_identifier having count(*) > 1))
            order by l.date, l.id""";

    @PersistenceContext
    EntityManager em;

    @Inject
    JournalQueries journals;

    @Inject
    StatementLineQueries lines;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    /**
     * @return the groups of suspected duplicates among the journal's lines dated on or after {@code fromDate}
     * @throws BadRequestException {@code not-found} for an unknown journal, {@code invalid-field}
     *         without a date, {@code unprocessable} when more than {@value #MAX_LINES} lines are suspect
     */
    public List<DuplicateGroup> find(long journalId, LocalDate fromDate) {
        if (fromDate == null) {
            throw new BadRequestException("invalid-field", "from_date is required");
        }
        journals.require(journalId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CANDIDATES).setParameter(1, journalId).setParameter(2, fromDate)
                .setMaxResults(MAX_LINES + 1).getResultList();
        if (rows.size() > MAX_LINES) {
            throw new BadRequestException("unprocessable", "More than " + MAX_LINES
                    + " lines look like duplicates since " + fromDate + ": choose a later start date");
        }
        Map<Long, Long> accountByLine = new LinkedHashMap<>();
        rows.forEach(r -> accountByLine.put(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue()));
        List<DuplicateCandidate> candidates = lines.byIds(accountByLine.keySet()).stream()
                .map(line -> new DuplicateCandidate(line, accountByLine.get(line.id()))).toList();
        return DuplicateRule.group(candidates);
    }

    /**
     * Deletes the picked lines of the journal, all or none. Each deleted line's amount leaves its
     * statement's end balance (moved as lines arrived). Each line with an online identifier is
     * remembered as a {@link DeletedTransaction} by the user. Writes one {@link MessageKind#ACTION}
     * message on the journal and one per link the deleted lines came through, naming them.
     *
     * @return how many lines were deleted
     * @throws BadRequestException {@code not-found} for an unknown journal; {@code invalid-field} for
     *         more than {@value #MAX_DELETE} ids; {@code unprocessable} for an id that is not a line
     *         of the journal; {@code conflict} when a line may not be deleted, with every reason
     */
    public int deleteLines(long journalId, Collection<Long> lineIds, String user) {
        Journal journal = journals.require(journalId);
        Set<Long> ids = new TreeSet<>(lineIds);
        if (ids.size() > MAX_DELETE) {
            throw new BadRequestException("invalid-field", "At most " + MAX_DELETE + " lines can be deleted at once");
        }
        if (ids.isEmpty()) {
            return 0;
        }
        List<StatementLine> picked = em.createQuery("select l from StatementLine l where l.journal = :journal"
                + " and l.id in :ids order by l.date, l.id", StatementLine.class)
                .setParameter("journal", journal).setParameter("ids", ids).getResultList();
        if (picked.size() != ids.size()) {
            picked.forEach(l -> ids.remove(l.getId()));
            throw new BadRequestException("unprocessable", "Not lines of the journal " + journal.getName() + ": " + ids);
        }
        List<String> refusals = new ArrayList<>();
        for (StatementLine l : picked) {
            LineDeletionRule.refusal(l.isReconciled(), l.getDate(), journal.getCompany())
                    .ifPresent(reason -> refusals.add("line " + l.getId() + " of " + l.getDate() + ": " + reason));
        }
        if (!refusals.isEmpty()) {
            throw new BadRequestException("conflict", "Nothing deleted: " + String.join("; ", refusals));
        }
        tellDeletion(journal, picked, user);
        moveStatementBalances(picked);
        rememberDeletions(picked, user, clock.instant());
        picked.forEach(em::remove);
        return picked.size();
    }

    /**
     * Replaces any older record of the same transaction: a line deleted, imported again before runs
     * skipped deleted transactions, then deleted again must not fail on the unique key.
     */
    private void rememberDeletions(List<StatementLine> deleted, String user, Instant at) {
        Map<Long, List<String>> idsByAccount = deleted.stream().filter(DeletedTransaction::isSynchronized)
                .collect(Collectors.groupingBy(l -> l.getOnlineAccount().getId(), LinkedHashMap::new,
                        Collectors.mapping(StatementLine::getOnlineTransactionIdentifier, Collectors.toList())));
        idsByAccount.forEach((accountId, ids) -> em.createQuery("delete from DeletedTransaction d"
                + " where d.onlineAccount.id = :account and d.onlineTransactionIdentifier in :ids")
                .setParameter("account", accountId).setParameter("ids", ids).executeUpdate());
        deleted.stream().filter(DeletedTransaction::isSynchronized)
                .forEach(l -> em.persist(DeletedTransaction.recordDeletionOf(l, user, at)));
    }

    private void moveStatementBalances(List<StatementLine> deleted) {
        Map<Long, BigDecimal> sumByStatement = deleted.stream().filter(l -> l.getStatement() != null)
                .collect(Collectors.toMap(l -> l.getStatement().getId(), StatementLine::getAmount, BigDecimal::add));
        sumByStatement.forEach((statementId, sum) -> em.createQuery("update BankStatement s set s.balanceEnd ="
                + " s.balanceEnd - :sum, s.version = s.version + 1 where s.id = :id")
                .setParameter("sum", sum).setParameter("id", statementId).executeUpdate());
    }

    /** The journal's chatter names every deleted line; each link's, the lines that came through it. */
    private void tellDeletion(Journal journal, List<StatementLine> deleted, String user) {
        chatter.post(ChatterService.JOURNAL, journal.getId(), user, ChatterEntry.of(MessageKind.ACTION, "Deleted by " + user
                + " as duplicates: " + deleted.stream().map(DuplicateTransactionFinder::describe).collect(Collectors.joining(", "))));
        Map<OnlineLink, List<StatementLine>> byLink = deleted.stream().filter(l -> l.getOnlineLink() != null)
                .collect(Collectors.groupingBy(StatementLine::getOnlineLink, LinkedHashMap::new, Collectors.toList()));
        byLink.forEach((link, linkLines) -> chatter.post(link, user, MessageKind.ACTION, "Deleted by " + user + " from the journal "
                + journal.getName() + " (" + journal.getCode() + ") as duplicates: "
                + linkLines.stream().map(DuplicateTransactionFinder::describe).collect(Collectors.joining(", "))));
    }

    private static String describe(StatementLine l) {
        return l.getDate() + " " + LineAmounts.format(l.getAmount(), l.getCurrencyCode()) + " " + l.getCurrencyCode()
                + (l.getOnlineTransactionIdentifier() == null ? "" : " [" + l.getOnlineTransactionIdentifier() + "]");
    }
}
