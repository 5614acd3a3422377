package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.DeletedTransaction;
import erp.onlinesync.domain.journal.Deletion;
import erp.onlinesync.domain.journal.KnownTransactions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link KnownTransactions} from the database: both queries look the page's identifiers up in an
 * index, so a page costs the same whatever the journal's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction per page
public class StoredTransactions implements KnownTransactions {

    @PersistenceContext
    EntityManager em;

    /**
     * Asks by identifier only and keeps the account's in Java: with the account in the query, H2 walks
     * the unique key (account, identifier) over the whole account (seconds a page on 200,000 lines)
     * instead of looking each identifier up in {@code ix_statement_line_online_identifier}. Another
     * account rarely shares an identifier, so the answer stays about one page long.
     */
    @Override
    public Set<String> inJournal(long accountId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        em.createQuery("select l.onlineTransactionIdentifier, l.onlineAccount.id from StatementLine l"
                + " where l.onlineTransactionIdentifier in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(row -> row[1] != null && ((Number) row[1]).longValue() == accountId)
                .forEach(row -> held.add((String) row[0]));
        return held;
    }

    @Override
    public Map<String, Deletion> deleted(long accountId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Deletion> deleted = new HashMap<>();
        em.createQuery("select d from DeletedTransaction d where d.onlineAccount.id = :account"
                + " and d.onlineTransactionIdentifier in :ids", DeletedTransaction.class)
                .setParameter("account", accountId).setParameter("ids", ids).getResultList()
                .forEach(d -> deleted.put(d.getOnlineTransactionIdentifier(), new Deletion(d.getDeletedBy(), d.getDeletedAt())));
        return deleted;
    }
}
