package erp.onlinesync.application.journal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A journal's balance in the books at the end of each of the last days, for the dashboard's small
 * chart: the book balance ({@link BookBalances}) less the lines from the first day on (later-dated
 * ones included) gives the start, the days' movements follow; each query reads only the last days
 * of the journal's {@code (journal_id, date)} index, whatever its size.
 */
@Stateless
public class BalanceHistory {

    /** Days the dashboard's chart covers. */
    public static final int DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BookBalances bookBalances;

    /** @return {@value #DAYS} end-of-day balances, oldest first, the last one today's; an unknown journal gives zeros */
    public BalanceSeries lastDays(long journalId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(DAYS - 1L);
        BigDecimal fromFirst = em.createQuery("select coalesce(sum(l.amount), 0) from StatementLine l"
                + " where l.journal.id = :journal and l.date >= :first", BigDecimal.class)
                .setParameter("journal", journalId).setParameter("first", first).getSingleResult();
        BigDecimal before = bookBalances.of(journalId).subtract(fromFirst);
        Map<LocalDate, BigDecimal> moves = new HashMap<>();
        em.createQuery("select l.date, sum(l.amount) from StatementLine l where l.journal.id = :journal"
                + " and l.date >= :first and l.date <= :today group by l.date", Object[].class)
                .setParameter("journal", journalId).setParameter("first", first).setParameter("today", today)
                .getResultList().forEach(r -> moves.put((LocalDate) r[0], (BigDecimal) r[1]));
        List<BigDecimal> balances = new ArrayList<>(DAYS);
        BigDecimal balance = before;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            balance = balance.add(moves.getOrDefault(day, BigDecimal.ZERO));
            balances.add(balance);
        }
        return new BalanceSeries(first, balances);
    }
}
