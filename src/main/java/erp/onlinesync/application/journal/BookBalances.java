package erp.onlinesync.application.journal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * A journal's balance in the books (the sum of all its lines) without reading all its lines, for the
 * dashboard and {@code GET /journals}: the movements its statements already hold ({@code balance_end
 * - balance_start}, one row per period down the {@code (journal_id, period_start)} index) plus the
 * lines that belong to no statement (periodicity "none"), down {@code (journal_id, statement_id)}.
 * <p>
 * This is exact as long as every writer of lines moves the end balance of the line's statement by
 * the line's amount in the same transaction, as line deletion and the importer's statement
 * recomputation do. Pitfall: the importer recomputes at the end of each account, so lines a run has
 * written but not yet finished are counted from then on (the dashboard shows the balance of the last
 * finished import meanwhile). Why not a balance column on the journal: every writer (the importer,
 * deletion, file imports) would have to keep it, while statements are kept already.
 */
@Stateless
public class BookBalances {

    @PersistenceContext
    EntityManager em;

    /** @return the journal's balance in the books; zero for a journal without lines or an unknown one */
    public BigDecimal of(long journalId) {
        BigDecimal inStatements = em.createQuery("select coalesce(sum(s.balanceEnd - s.balanceStart), 0)"
                + " from BankStatement s where s.journal.id = :journal", BigDecimal.class)
                .setParameter("journal", journalId).getSingleResult();
        BigDecimal loose = em.createQuery("select coalesce(sum(l.amount), 0) from StatementLine l"
                + " where l.journal.id = :journal and l.statement is null", BigDecimal.class)
                .setParameter("journal", journalId).getSingleResult();
        return inStatements.add(loose);
    }
}
