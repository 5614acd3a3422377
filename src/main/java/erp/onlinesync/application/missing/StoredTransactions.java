package erp.onlinesync.application.missing;

import erp.onlinesync.domain.journal.DeletedTransaction;
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
 * {@link KnownTransactions} from the database: both queries go through the unique keys on
 * (account, online identifier), so a page costs two index look-ups whatever the journal's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction per page
public class StoredTransactions implements KnownTransactions {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> inJournal(long accountId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select l.onlineTransactionIdentifier from StatementLine l"
                + " where l.onlineAccount.id = :account and l.onlineTransactionIdentifier in :ids", String.class)
                .setParameter("account", accountId).setParameter("ids", ids).getResultList());
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
