package erp.onlinesync.application.chatter;

import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.chatter.ChainVerifier;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.ChatterLog;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
    /** The record type of journals: file imports tell of themselves in the journal's chatter. */
    public static final String JOURNAL = "journal";
    /** The module's own chatter (sign-in locks, user and role changes): one record, id {@link #MODULE_ID}. */
    public static final String MODULE = "module";
    public static final long MODULE_ID = 0;
    /** The author of messages no person caused (timers, webhooks, the engine). */
    public static final String SYSTEM_AUTHOR = "Online Synchronization";
    /** Messages read at once while verifying a chain. */
    static final int VERIFY_PAGE = 500;

    @Inject
    ChatterLog log;

    @Inject
    Clock clock;

    /**
     * @param author the user name, or null for {@link #SYSTEM_AUTHOR}
     * @return the new message, to add tracking or an error reference to before the commit
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChatterMessage post(OnlineLink link, String author, MessageKind kind, String body) {
        return post(link, author, ChatterEntry.of(kind, body));
    }

    /** Posts what an entity's change says, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChatterMessage post(OnlineLink link, String author, ChatterEntry entry) {
        return post(LINK, link.getId(), author, entry);
    }

    /**
     * Posts on any record's chatter, in the caller's transaction.
     *
     * @param recordType {@link #LINK}, {@link #JOURNAL}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChatterMessage post(String recordType, long recordId, String author, ChatterEntry entry) {
        ChatterMessage message = ChatterMessage.of(recordType, recordId, author == null ? SYSTEM_AUTHOR : author,
                Instant.now(clock), entry);
        log.append(message);
        return message;
    }

    /** Posts each entry, in order. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void postAll(OnlineLink link, String author, List<ChatterEntry> entries) {
        entries.forEach(e -> post(link, author, e));
    }

    /** The record's messages with an id above {@code afterId} (0 for all), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChatterMessage> messages(String recordType, long recordId, long afterId, int limit) {
        return log.of(recordType, recordId, afterId, limit);
    }

    /**
     * Checks the record's chain from its first message to the head the log kept, a page at a time so a
     * long history is never loaded whole.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainCheck verify(String recordType, long recordId) {
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        List<ChatterMessage> page;
        do {
            page = log.of(recordType, recordId, after, VERIFY_PAGE);
            page.forEach(verifier::accept);
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == VERIFY_PAGE);
        return verifier.result(log.head(recordType, recordId));
    }
}
