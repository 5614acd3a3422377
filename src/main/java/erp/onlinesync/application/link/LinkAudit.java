package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Gathers a link's audit trail for the export: its messages and runs between two days, and the
 * verification of its chain. At most {@value #MAX_ROWS} of each: a longer period is refused with a
 * message asking for a shorter one, rather than a file that never finishes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkAudit {

    static final int MAX_ROWS = 50_000;

    @Inject
    LinkQueries links;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * @param from first day included (UTC), or null from the beginning
     * @param to last day included (UTC), or null up to now
     * @throws BadRequestException {@code not-found} for an unknown link, {@code invalid-field} when
     *         {@code from} is after {@code to} or the period holds more than {@value #MAX_ROWS} messages or runs
     */
    public AuditTrail trail(long linkId, LocalDate from, LocalDate to, String user) {
        String name = links.require(linkId).getName();
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("invalid-field", "from: " + from + " is after to: " + to);
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? Instant.now(clock).plusSeconds(1) : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var messages = em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.createdAt >= :start and m.createdAt < :end order by m.id", ChatterMessage.class)
                .setParameter("type", ChatterService.LINK).setParameter("id", linkId).setParameter("start", start)
                .setParameter("end", end).setHint("eclipselink.batch", "m.tracking").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(MAX_ROWS + 1).getResultStream().map(MessageView::of).toList();
        var runs = em.createQuery("select r from SyncRun r where r.link.id = :link and r.startedAt >= :start"
                + " and r.startedAt < :end order by r.id", SyncRun.class).setParameter("link", linkId)
                .setParameter("start", start).setParameter("end", end).setMaxResults(MAX_ROWS + 1)
                .getResultStream().map(RunView::of).toList();
        if (messages.size() > MAX_ROWS || runs.size() > MAX_ROWS) {
            throw new BadRequestException("invalid-field", "More than " + MAX_ROWS
                    + " messages or runs in this period: export a shorter one (from, to)");
        }
        return new AuditTrail(linkId, name, from, to, chatter.verify(ChatterService.LINK, linkId), messages, runs, user, Instant.now(clock));
    }
}
