package erp.onlinesync.application.chatter;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.link.Slice;
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
 * Reads a record's chatter (a link's, a journal's, the module's) in bounded slices, since a whole
 * history could be large: oldest first for the API (a client asks again with the last id it got until
 * a slice comes back short), newest first for the pages (which ask for older ones below the oldest
 * they show). Both walk the {@code (record_type, record_id, id)} index. A record is named through
 * {@link #link}, {@link #journal} or {@link #module}, which refuse an unknown one.
 */
@Stateless
public class RecordMessages {

    @Inject
    ChatterService chatter;

    @Inject
    LinkQueries links;

    @Inject
    JournalQueries journals;

    @PersistenceContext
    EntityManager em;

    /** @throws BadRequestException {@code not-found} for an unknown link */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChatterRecord link(long linkId) {
        links.require(linkId);
        return new ChatterRecord(ChatterService.LINK, linkId);
    }

    /** @throws BadRequestException {@code not-found} for an unknown journal */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChatterRecord journal(long journalId) {
        journals.require(journalId);
        return new ChatterRecord(ChatterService.JOURNAL, journalId);
    }

    /** The module's own chatter: sign-in locks, user and role changes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChatterRecord module() {
        return new ChatterRecord(ChatterService.MODULE, ChatterService.MODULE_ID);
    }

    /** @return up to {@code slice.limit()} messages with an id above {@code slice.cursor()}, oldest first */
    public List<MessageView> after(ChatterRecord record, Slice slice) {
        return chatter.messages(record.type(), record.id(), slice.cursor(), slice.limit()).stream().map(MessageView::of).toList();
    }

    /**
     * @param slice from {@link Slice#before}: below the oldest message already shown
     * @return up to {@code slice.limit()} messages with an id below {@code slice.cursor()}, newest first
     */
    public List<MessageView> before(ChatterRecord record, Slice slice) {
        return em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.id < :before order by m.id desc", ChatterMessage.class)
                .setParameter("type", record.type()).setParameter("id", record.id()).setParameter("before", slice.cursor())
                // one query for the tracked changes of all messages, as ChatterService.messages does
                .setHint("eclipselink.batch", "m.tracking").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(slice.limit()).getResultStream().map(MessageView::of).toList();
    }

    /** Outside a transaction, so the messages read page by page do not pile up in one persistence context. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainCheck verify(ChatterRecord record) {
        return chatter.verify(record.type(), record.id());
    }
}
