package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.chatter.ChatterMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a link's chatter in bounded slices, since a link's whole history could be large: oldest
 * first for the API (a client asks again with the last id it got until a slice comes back short),
 * newest first for the link's page (which asks for older ones below the oldest it shows). Both walk
 * the {@code (record_type, record_id, id)} index.
 */
@Stateless
public class LinkMessages {

    @Inject
    LinkQueries links;

    @Inject
    ChatterService chatter;

    @PersistenceContext
    EntityManager em;

    /**
     * @return up to {@code slice.limit()} messages with an id above {@code slice.cursor()}, oldest first
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public List<MessageView> after(long linkId, Slice slice) {
        links.require(linkId);
        return chatter.messages(linkId, slice.cursor(), slice.limit()).stream().map(MessageView::of).toList();
    }

    /**
     * @param slice from {@link Slice#before}: below the oldest message already shown
     * @return up to {@code slice.limit()} messages with an id below {@code slice.cursor()}, newest first
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public List<MessageView> before(long linkId, Slice slice) {
        links.require(linkId);
        return em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.id < :before order by m.id desc", ChatterMessage.class)
                .setParameter("type", ChatterService.LINK).setParameter("id", linkId).setParameter("before", slice.cursor())
                // one query for the tracked changes of all messages, as ChatterService.messages does
                .setHint("eclipselink.batch", "m.tracking").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(slice.limit()).getResultStream().map(MessageView::of).toList();
    }

    /**
     * Outside a transaction, so the messages read page by page do not pile up in one persistence context.
     *
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainCheck verify(long linkId) {
        links.require(linkId);
        return chatter.verify(linkId);
    }
}
