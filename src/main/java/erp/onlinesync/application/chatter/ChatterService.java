package erp.onlinesync.application.chatter;

import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes and reads the chatter of a record. Messages join the caller's transaction ({@code MANDATORY}),
 * so a message tells of a change only if the change itself is committed, and every change a service
 * makes can carry its message.
 */
@Stateless
public class ChatterService {

    /** The record type of links in {@code chatter_message.record_type}. */
    public static final String LINK = "online_link";
    /** The author of messages no person caused (timers, webhooks, the engine). */
    public static final String SYSTEM_AUTHOR = "Online Synchronization";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param author the user name, or null for {@link #SYSTEM_AUTHOR}
     * @return the new message, to add tracking or an error reference to before the commit
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChatterMessage post(OnlineLink link, String author, MessageKind kind, String body) {
        ChatterMessage message = new ChatterMessage(LINK, link.getId(), author == null ? SYSTEM_AUTHOR : author,
                Instant.now(clock), kind, body);
        em.persist(message);
        return message;
    }

    /** The link's messages with an id above {@code afterId} (0 for all), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChatterMessage> messages(long linkId, long afterId, int limit) {
        return em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.id > :after order by m.id", ChatterMessage.class)
                .setParameter("type", LINK).setParameter("id", linkId).setParameter("after", afterId)
                // one query for the tracked changes of all messages, not one per message
                .setHint("eclipselink.batch", "m.tracking").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(limit).getResultList();
    }
}
