package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.journal.BankJournals;
import erp.onlinesync.application.link.LinkView.AccountView;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.PendingTransaction;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The online accounts of links: takes in the list the proxy gives, maps an account to a journal,
 * reads its pending transactions. Changes write their chatter message on the account's link in the
 * same transaction.
 */
@Stateless
public class OnlineAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkQueries links;

    @Inject
    BankJournals journals;

    @Inject
    ChatterService chatter;

    @Inject
    ActingCompany company;

    /**
     * The account, for a person: one of another company's links is answered like an unknown id.
     *
     * @throws BadRequestException {@code not-found} for an unknown id or an account of another company
     */
    public OnlineAccount require(long accountId) {
        OnlineAccount account = em.find(OnlineAccount.class, accountId);
        if (account == null || !company.owns(account.getLink().getCompany())) {
            throw new BadRequestException("not-found", "No online account with id " + accountId);
        }
        return account;
    }

    /**
     * Takes in the account list the proxy gave for a link: an unknown online identifier becomes a new
     * account, not mapped to any journal; a known one takes the bank's current name and balances.
     * Accounts the proxy no longer lists are left as they are (their lines and history stay). Writes
     * one {@link MessageKind#ACTION} message naming the new accounts.
     *
     * @param listed every page of the proxy's answer; an identifier listed twice counts once (the last)
     * @return the link as it is now
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public LinkView takeAccountList(long linkId, List<ProxyAccount> listed, String user) {
        OnlineLink link = links.require(linkId);
        Map<String, OnlineAccount> known = em.createQuery("select a from OnlineAccount a where a.link = :link",
                OnlineAccount.class).setParameter("link", link).getResultStream()
                .collect(Collectors.toMap(OnlineAccount::getOnlineIdentifier, Function.identity()));
        Map<String, ProxyAccount> byIdentifier = listed.stream().collect(Collectors.toMap(ProxyAccount::onlineIdentifier,
                Function.identity(), (first, last) -> last, LinkedHashMap::new));
        List<OnlineAccount> added = new ArrayList<>();
        for (ProxyAccount p : byIdentifier.values()) {
            OnlineAccount account = known.get(p.onlineIdentifier());
            if (account == null) {
                account = new OnlineAccount(link, p.onlineIdentifier(), p.name(), p.accountNumber(),
                        CurrencyCode.of(p.currencyCode()));
                em.persist(account);
                added.add(account);
            } else {
                account.rename(p.name());
            }
            account.recordBalances(p.balance(), p.availableBalance(), account.getLastSync());
        }
        chatter.post(link, user, MessageKind.ACTION, accountListMessage(user, added.stream().map(OnlineAccounts::label).toList()));
        return links.get(linkId);
    }

    /**
     * Maps the account to a journal, which from then on receives its transactions, and marks that
     * journal as fed by online synchronization. Mapping to the journal it already has changes nothing
     * and writes no message.
     *
     * @param journalId an existing journal in the account's currency that no other online account
     *        feeds, or null for a new bank journal created for the account ({@link BankJournals#createFor})
     * @return the account as it is now
     * @throws BadRequestException {@code not-found} for an unknown account; {@code unprocessable}
     *         for an unknown journal or one of another company; {@code currency-mismatch} when the
     *         currencies differ; {@code conflict} when another online account already feeds the journal
     */
    public AccountView mapToJournal(long accountId, Long journalId, String user) {
        OnlineAccount account = require(accountId);
        Journal journal = journalId == null ? journals.createFor(account) : existingJournalFor(account, journalId);
        if (account.getJournal() == journal) {
            return AccountView.of(account);
        }
        account.mapTo(journal);
        journal.useOnlineSync();
        chatter.post(account.getLink(), user, MessageKind.ACTION, "Account " + label(account) + " mapped to "
                + (journalId == null ? "the new journal " : "the journal ") + journal.getName() + " (" + journal.getCode()
                + ") by " + user);
        return AccountView.of(account);
    }

    /**
     * @return the account's pending transactions as the last run left them, by date then identifier
     * @throws BadRequestException {@code not-found} for an unknown account
     */
    public List<PendingTransactionView> pending(long accountId) {
        OnlineAccount account = require(accountId);
        Long journalId = account.getJournal() == null ? null : account.getJournal().getId();
        return em.createQuery("select p from PendingTransaction p where p.account = :account"
                + " order by p.date, p.onlineTransactionIdentifier", PendingTransaction.class)
                .setParameter("account", account).getResultStream()
                .map(p -> PendingTransactionView.of(p, journalId)).toList();
    }

    /** @return the chatter body telling who refreshed the account list and which accounts are new */
    static String accountListMessage(String user, List<String> newAccounts) {
        if (newAccounts.isEmpty()) {
            return "Account list refreshed by " + user + ": no new account";
        }
        return "Account list refreshed by " + user + ": " + newAccounts.size() + " new, not mapped to a journal yet: "
                + String.join(", ", newAccounts);
    }

    private Journal existingJournalFor(OnlineAccount account, long journalId) {
        Journal journal = em.find(Journal.class, journalId);
        if (journal == null || !company.owns(journal.getCompany())) {
            throw new BadRequestException("unprocessable", "No journal with id " + journalId);
        }
        if (!journal.getCurrency().equals(account.getCurrency())) {
            throw new BadRequestException("currency-mismatch", "The journal " + journal.getName() + " is in "
                    + journal.getCurrency() + " and the account " + label(account) + " in " + account.getCurrency()
                    + ": choose a journal in " + account.getCurrency() + " or create a new one");
        }
        if (journals.isFedByAnotherAccount(journal, account)) {
            throw new BadRequestException("conflict", "The journal " + journal.getName()
                    + " already receives the transactions of another online account");
        }
        return journal;
    }

    /** @return how many of the link's accounts are mapped to a journal, read from the database (not a cache) */
    public long mappedCount(OnlineLink link) {
        return em.createQuery("select count(a) from OnlineAccount a where a.link = :link and a.journal is not null", Long.class)
                .setParameter("link", link).getSingleResult();
    }

    /** @return the account's name with its number, as a person recognizes it */
    public static String label(OnlineAccount account) {
        String name = account.getName() == null ? account.getOnlineIdentifier() : account.getName();
        return account.getAccountNumber() == null ? name : name + " (" + account.getAccountNumber() + ")";
    }
}
