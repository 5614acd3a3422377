package erp.onlinesync.infrastructure.persistence.chatter;

import erp.onlinesync.domain.chatter.ChatterLog;
import erp.onlinesync.domain.chatter.ChatterMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link ChatterLog} with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaChatterLog implements ChatterLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(ChatterMessage message) {
        em.persist(message);
    }

    @Override
    public List<ChatterMessage> of(String recordType, long recordId, long afterId, int limit) {
        return em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.id > :after order by m.id", ChatterMessage.class)
                .setParameter("type", recordType).setParameter("id", recordId).setParameter("after", afterId)
                // one query for the tracked changes of all messages, not one per message
                .setHint("eclipselink.batch", "m.tracking").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(limit).getResultList();
    }
}
