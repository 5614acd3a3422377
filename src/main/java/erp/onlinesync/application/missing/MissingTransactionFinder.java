package erp.onlinesync.application.missing;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Find Missing Transactions: asks the proxy for the posted transactions of a journal's online account
 * from a date and lists those the journal lacks (deleted by hand, or lost before the module existed);
 * imports the ones a person selects through the same writer, and so the same duplicate rule, as a run.
 * Nothing on or before the lock date is listed or imported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissingTransactionFinder {

    @PersistenceContext
    EntityManager em;

    @Inject
    SyncProxy proxy;

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

    /**
     * @throws BadRequestException {@code not-found} for an unknown journal, {@code invalid-field} for a
     *         journal without online account or a date in the future
     * @throws ProxyException when the proxy fails (the API answers 502)
     */
    public List<MissingTransactionView> find(long journalId, LocalDate from) {
        OnlineAccount account = accountOf(journalId, from);
        Set<String> imported = importedIds(account.getId());
        List<MissingTransactionView> missing = new ArrayList<>();
        for (NewLine line : posted(account, from).values()) {
            if (!imported.contains(line.onlineId())) {
                missing.add(new MissingTransactionView(line.onlineId(), line.date(), line.paymentRef(),
                        LineAmounts.format(line.amount(), line.currencyCode()), line.currencyCode(), line.partnerName()));
            }
        }
        missing.sort(Comparator.comparing(MissingTransactionView::date).thenComparing(MissingTransactionView::onlineTransactionIdentifier));
        return missing;
    }

    /**
     * Imports the selected transactions (asked again from the proxy: the selection names them, the
     * bank's data decide their content).
     *
     * @return how many lines were created (one already imported meanwhile is skipped)
     */
    public int importSelected(long journalId, LocalDate from, Collection<String> onlineTransactionIds, String user) {
        OnlineAccount account = accountOf(journalId, from);
        Map<String, NewLine> posted = posted(account, from);
        List<NewLine> selected = new ArrayList<>();
        for (String id : onlineTransactionIds) {
            NewLine line = posted.get(id);
            if (line == null) {
                throw new BadRequestException("invalid-field", "The bank lists no posted transaction " + id + " from " + from);
            }
            selected.add(line);
        }
        PageCounts counts = writer.writeLines(ImportTarget.of(account), account.getJournal().getCode(), selected, clock.instant());
        self.tell(account.getLink().getId(), user, "Find Missing Transactions: " + counts.imported()
                + " transactions imported into " + account.getJournal().getName() + " by " + user + " (from " + from + ").");
        return counts.imported();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tell(long linkId, String user, String body) {
        chatter.post(em.find(OnlineLink.class, linkId), user, MessageKind.ACTION, body);
    }

    private OnlineAccount accountOf(long journalId, LocalDate from) {
        if (from == null || from.isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("invalid-field", "from_date is required and must not be in the future");
        }
        if (em.find(erp.onlinesync.domain.journal.Journal.class, journalId) == null) {
            throw new BadRequestException("not-found", "No journal with id " + journalId);
        }
        return em.createQuery("select a from OnlineAccount a join fetch a.journal join fetch a.link l join fetch l.company"
                + " where a.journal.id = :journal", OnlineAccount.class).setParameter("journal", journalId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BadRequestException("invalid-field", "This journal is not fed by online synchronization"));
    }

    private Set<String> importedIds(long accountId) {
        return new HashSet<>(em.createQuery("select l.onlineTransactionIdentifier from StatementLine l"
                + " where l.onlineAccount.id = :account", String.class).setParameter("account", accountId).getResultList());
    }

    /** The bank's posted transactions from the date (never on or before the lock date), by identifier. */
    private Map<String, NewLine> posted(OnlineAccount account, LocalDate from) {
        ImportTarget target = ImportTarget.of(account);
        ProxySession session = sessions.open(account.getLink());
        LocalDate start = StartDateRule.startDate(null, from, 0, target.lockDate());
        Map<String, NewLine> posted = new LinkedHashMap<>();
        String next = null;
        do {
            TransactionPage page = proxy.transactions(session, new TransactionQuery(account.getOnlineIdentifier(),
                    TransactionStatus.POSTED, start, null, target.currency().code(), next), CallContext.person("en_US"));
            for (ProxyTransaction t : page.transactions()) {
                try {
                    NewLine line = NewLine.of(t, target.currency());
                    if (!line.date().isBefore(start)) {
                        posted.put(line.onlineId(), line);
                    }
                } catch (IllegalArgumentException e) {
                    throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, e.getMessage());
                }
            }
            next = page.nextData();
        } while (next != null);
        return posted;
    }
}
