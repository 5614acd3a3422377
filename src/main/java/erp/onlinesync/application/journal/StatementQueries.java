package erp.onlinesync.application.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.journal.BankStatement;
import erp.onlinesync.domain.shared.Amounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a journal's bank statements for its lines page: the newest first and a bounded number, since
 * a journal with daily statements gathers hundreds a year.
 */
@Stateless
public class StatementQueries {

    /** Statements a page lists at most. */
    public static final int RECENT_STATEMENTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    JournalQueries journals;

    /** @throws BadRequestException {@code not-found} for an unknown journal */
    public List<StatementView> recent(long journalId) {
        int decimals = journals.require(journalId).getCurrency().displayDecimals();
        return em.createQuery("select s from BankStatement s where s.journal.id = :journal"
                + " order by s.periodStart desc, s.id desc", BankStatement.class)
                .setParameter("journal", journalId).setMaxResults(RECENT_STATEMENTS).getResultStream()
                .map(s -> new StatementView(s.getId(), s.getName(), s.getPeriodStart(), s.getPeriodEnd(),
                        Amounts.format(s.getBalanceStart(), decimals), Amounts.format(s.getBalanceEnd(), decimals),
                        s.isComplete()))
                .toList();
    }
}
