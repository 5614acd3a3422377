package erp.onlinesync.infrastructure.persistence.chatter;

import erp.onlinesync.domain.chatter.ChainHead;
import erp.onlinesync.domain.chatter.ChatterLog;
import erp.onlinesync.domain.chatter.ChatterMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * {@link ChatterLog} with JPA, in the caller's transaction. Each record's chain head is a row of
 * {@code chatter_head}, locked ({@code for update}) while a message is sealed to it: a second
 * transaction appending to the same record waits, then reads the head the first one committed.
 */
@ApplicationScoped
public class JpaChatterLog implements ChatterLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(ChatterMessage message) {
        em.createNativeQuery("insert into chatter_head (record_type, record_id, message_count) values (?1, ?2, 0)"
                + " on conflict do nothing").setParameter(1, message.getRecordType()).setParameter(2, message.getRecordId())
                .executeUpdate();
        ChainHead head = lockedHead(message.getRecordType(), message.getRecordId());
        em.persist(message); // gives the id the seal covers
        ChainHead next = head.append(message);
        em.createNativeQuery("update chatter_head set message_count = ?1, last_hash = ?2"
                + " where record_type = ?3 and record_id = ?4").setParameter(1, next.count()).setParameter(2, next.lastHash())
                .setParameter(3, message.getRecordType()).setParameter(4, message.getRecordId()).executeUpdate();
    }

    @Override
    public ChainHead head(String recordType, long recordId) {
        List<?> rows = em.createNativeQuery("select message_count, last_hash from chatter_head"
                + " where record_type = ?1 and record_id = ?2").setParameter(1, recordType).setParameter(2, recordId)
                .getResultList();
        return rows.isEmpty() ? ChainHead.EMPTY : toHead((Object[]) rows.get(0));
    }

    private ChainHead lockedHead(String recordType, long recordId) {
        Object[] row = (Object[]) em.createNativeQuery("select message_count, last_hash from chatter_head"
                + " where record_type = ?1 and record_id = ?2 for update").setParameter(1, recordType)
                .setParameter(2, recordId).getSingleResult();
        return toHead(row);
    }

    private static ChainHead toHead(Object[] row) {
        return new ChainHead(((Number) row[0]).longValue(), (String) row[1]);
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
