package erp.onlinesync.application.missing;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.DeletedTransaction;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.KnownTransactions;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.run.StartDateRule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Find Missing Transactions: asks the proxy for the posted transactions of a journal's online account
 * from a date and lists those the journal lacks (deleted by hand, deleted through Find Duplicates, or
 * lost before the module existed); imports the ones a person selects through the same writer, and so
 * the same duplicate rule, as a run. Nothing on or before the lock date is listed or imported.
 * <p>
 * Bounded: the comparison runs page by page ({@link MissingTransactionSearch}, with its caps on the
 * range, the result and the pages), never loading the account's identifiers. Bringing back a
 * transaction deleted on purpose removes its {@link DeletedTransaction} first (so the writer, which
 * skips deleted transactions, writes it), then writes it and says so in the link's chatter. The two
 * are separate transactions (the writer commits its own): if the write fails after the record is
 * gone, the next run imports the transaction, which is what the person asked for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissingTransactionFinder {

    /** A person asked, now: the proxy may call the bank live (contract, call context). */
    private static final CallContext CONTEXT = CallContext.person("en_US");

    @PersistenceContext
    EntityManager em;

    @Inject
    SyncProxy proxy;

    @Inject
    KnownTransactions known;

    @Inject
    LinkSessions sessions;

    @Inject
    StatementLineStore writer;

    @Inject
    ChatterService chatter;

    @Inject
    MissingTransactionFinder self;

    @Inject
    Clock clock;

    @Inject
    JournalQueries journals;

    /**
     * @throws BadRequestException {@code not-found} for an unknown journal or one of another company, {@code invalid-field} for a
     *         journal without online account or a {@code from_date} missing, in the future or too far back
     * @throws ProxyException when the proxy fails (the API answers 502)
     */
    public MissingTransactions find(long journalId, LocalDate from) {
        OnlineAccount account = accountOf(journalId, from);
        return search().find(scope(account, from));
    }

    /**
     * Imports the selected transactions (asked again from the proxy: the selection names them, the
     * bank's data decide their content); those deleted on purpose are brought back.
     *
     * @return how many lines were created (one already imported meanwhile is skipped)
     */
    public int importSelected(long journalId, LocalDate from, Collection<String> onlineTransactionIds, String user) {
        OnlineAccount account = accountOf(journalId, from);
        Map<String, NewLine> found = search().collect(scope(account, from), onlineTransactionIds);
        List<String> restored = self.forgetDeletions(account.getId(), found.keySet());
        PageCounts counts = writer.writeLines(ImportTarget.of(account), account.getJournal().getCode(),
                new ArrayList<>(found.values()), clock.instant());
        String currency = account.getCurrency().code();
        self.tell(account.getLink().getId(), user, "Find Missing Transactions: " + counts.imported()
                + " transactions imported into " + account.getJournal().getName() + " by " + user + " (from " + from + "): "
                + found.values().stream().map(l -> l.date() + " " + LineAmounts.format(l.amount(), currency) + " " + currency
                        + " [" + l.onlineId() + "]").collect(Collectors.joining(", ")) + "."
                + (restored.isEmpty() ? "" : " Brought back by " + user + " after their deletion: " + String.join(", ", restored) + "."));
        return counts.imported();
    }

    /**
     * Removes the deletion records of these transactions.
     *
     * @return the removed ones, described for the chatter (date, amount, identifier, who deleted them)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<String> forgetDeletions(long accountId, Collection<String> onlineTransactionIds) {
        List<DeletedTransaction> records = em.createQuery("select d from DeletedTransaction d where d.onlineAccount.id = :account"
                + " and d.onlineTransactionIdentifier in :ids order by d.date, d.onlineTransactionIdentifier", DeletedTransaction.class)
                .setParameter("account", accountId).setParameter("ids", onlineTransactionIds).getResultList();
        records.forEach(em::remove);
        return records.stream().map(MissingTransactionFinder::describe).collect(Collectors.toList());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tell(long linkId, String user, String body) {
        chatter.post(em.find(OnlineLink.class, linkId), user, MessageKind.ACTION, body);
    }

    private static String describe(DeletedTransaction d) {
        String currency = d.getOnlineAccount().getCurrency().code();
        return d.getDate() + " " + LineAmounts.format(d.getAmount(), currency) + " " + currency + " ["
                + d.getOnlineTransactionIdentifier() + "] deleted by " + d.getDeletedBy() + " on " + d.getDeletedAt();
    }

    private MissingTransactionSearch search() {
        return new MissingTransactionSearch(proxy, known, CONTEXT);
    }

    /** The search starts at the date asked, never on or before the lock date. */
    private SearchScope scope(OnlineAccount account, LocalDate from) {
        ImportTarget target = ImportTarget.of(account);
        return new SearchScope(sessions.open(account.getLink()), account.getId(), account.getOnlineIdentifier(),
                target.currency(), StartDateRule.startDate(null, from, 0, target.lockDate()));
    }

    private OnlineAccount accountOf(long journalId, LocalDate from) {
        MissingTransactionSearch.checkRange(from, LocalDate.now(clock));
        journals.require(journalId);
        return em.createQuery("select a from OnlineAccount a join fetch a.journal join fetch a.link l join fetch l.company"
                + " where a.journal.id = :journal", OnlineAccount.class).setParameter("journal", journalId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BadRequestException("invalid-field", "This journal is not fed by online synchronization"));
    }
}
