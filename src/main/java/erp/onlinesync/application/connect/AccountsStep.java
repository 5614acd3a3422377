package erp.onlinesync.application.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.journal.BankJournals;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Amounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads what the wizard's accounts step shows for a link just connected from the pages: its accounts,
 * each with the journals it may feed and the one proposed (an existing journal of the same currency
 * and account number, else a new one), and the first import date chosen before the consent. Writes
 * nothing: {@link ConnectService#confirmAccounts} does, on Confirm.
 */
@Stateless
public class AccountsStep {

    @PersistenceContext
    EntityManager em;

    @Inject
    BankJournals journals;

    @Inject
    LinkQueries links;

    /**
     * The step of a link.
     *
     * @param chosen true once an account of the link is mapped: the step is done, Confirm does nothing more
     */
    public record View(long linkId, String linkName, boolean chosen, LocalDate startDate, List<AccountOption> accounts) {
    }

    /** @param proposedJournalId the journal proposed, or null for a new journal */
    public record AccountOption(long accountId, String name, String accountNumber, String currencyCode, String balance,
            Long proposedJournalId, List<JournalOption> journals) {
    }

    /** A journal an account may feed: of its currency, fed by no other online account. */
    public record JournalOption(long id, String name, String code) {
    }

    /** @throws BadRequestException {@code not-found} for an unknown link or one of another company */
    public View of(long linkId) {
        OnlineLink link = links.require(linkId);
        List<OnlineAccount> accounts = em.createQuery("select a from OnlineAccount a where a.link = :link order by a.name, a.id",
                OnlineAccount.class).setParameter("link", link).getResultList();
        boolean chosen = accounts.stream().anyMatch(a -> a.getJournal() != null);
        LocalDate startDate = accounts.stream().map(OnlineAccount::getStartDate).filter(Objects::nonNull).findFirst().orElse(null);
        List<Journal> all = em.createQuery("select j from Journal j where j.company = :company order by j.name, j.id",
                Journal.class).setParameter("company", link.getCompany()).getResultList();
        return new View(linkId, link.getName(), chosen, startDate, accounts.stream().map(a -> option(a, all)).toList());
    }

    private AccountOption option(OnlineAccount account, List<Journal> all) {
        List<JournalOption> free = all.stream().filter(j -> j.getCurrency().equals(account.getCurrency()))
                .filter(j -> !journals.isFedByAnotherAccount(j, account))
                .map(j -> new JournalOption(j.getId(), j.getName(), j.getCode())).toList();
        Long proposed = journals.findMatching(account).map(Journal::getId).orElse(null);
        return new AccountOption(account.getId(), account.getName(), account.getAccountNumber(), account.getCurrency().code(),
                account.getBalance() == null ? null : Amounts.format(account.getBalance(), account.getCurrency().displayDecimals()),
                proposed, free);
    }
}
