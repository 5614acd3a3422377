package erp.onlinesync.application.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.journal.BankStatementSource;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.journal.StatementLine;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;

/**
 * Finds or creates the bank journal an online account feeds: the connect flow maps each new account
 * to the journal with the same account number and currency or else to a new one, and an admin maps
 * an account by hand ({@code PUT /online-accounts/{id}/journal}). A journal receives the
 * transactions of one online account at most, or its balance would mix two bank accounts.
 * <p>
 * Usage in the connect flow (inside its transaction, the account already persisted or not):
 * {@code account.mapTo(bankJournals.findMatching(account).orElseGet(() -> bankJournals.createFor(account)))}.
 */
@Stateless
public class BankJournals {

    /** Codes of created journals: {@code BNK2}, {@code BNK3}, ... after the seeded {@code BNK1}. */
    static final String CODE_PREFIX = "BNK";
    /** Length of {@code journal.name}. */
    static final int NAME_MAX = 200;
    @PersistenceContext
    EntityManager em;

    @Inject
    ActingCompany acting;

    /**
     * @return the journal of the account's company in the account's currency whose bank account
     *         number is the account's (ignoring spaces and case) and that no other online account
     *         feeds, the oldest if several; empty when there is none or the account has no number
     */
    public Optional<Journal> findMatching(OnlineAccount account) {
        if (AccountNumbers.normalize(account.getAccountNumber()) == null) {
            return Optional.empty();
        }
        return em.createQuery("select j from Journal j where j.company = :company and j.currencyCode = :currency"
                + " order by j.id", Journal.class)
                .setParameter("company", account.getLink().getCompany())
                .setParameter("currency", account.getCurrency().code()).getResultStream()
                .filter(j -> AccountNumbers.same(j.getBankAccountNumber(), account.getAccountNumber()))
                .filter(j -> !isFedByAnotherAccount(j, account))
                .findFirst();
    }

    /**
     * Creates a bank journal for the account, fed by online synchronization: in its currency, named
     * after it, with its account number and the next free code of its company ({@code BNK2}, ...).
     * It does not map the account: the caller does, in the same transaction.
     *
     * @return the persisted journal
     */
    public Journal createFor(OnlineAccount account) {
        Company company = account.getLink().getCompany();
        Journal journal = new Journal(company, nameFor(account), freeCode(company), account.getCurrency(),
                account.getAccountNumber(), BankStatementSource.ONLINE_SYNC);
        em.persist(journal);
        return journal;
    }

    /**
     * Creates a bank journal fed by file imports, for a bank the proxy does not offer (the connect
     * wizard's "Add new bank"): in the acting company, with the next free code.
     *
     * @return the new journal's id
     * @throws BadRequestException {@code invalid-field} for a blank name or an unknown currency
     */
    public long createManual(String name, String currencyCode) {
        if (name == null || name.isBlank() || name.trim().length() > NAME_MAX) {
            throw new BadRequestException("invalid-field", "A journal needs a name of at most " + NAME_MAX + " characters");
        }
        CurrencyCode currency;
        try {
            currency = CurrencyCode.of(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid-field", "Unknown currency: " + currencyCode);
        }
        Company company = em.find(Company.class, acting.id());
        Journal journal = new Journal(company, name.trim(), freeCode(company), currency, null, BankStatementSource.FILE_IMPORT);
        em.persist(journal);
        em.flush();
        return journal.getId();
    }

    /**
     * Maps a newly found account as the connect flow does: to its matching journal, else to a new
     * one, never a second journal for the same bank account.
     *
     * @return the journal, now fed by online synchronization
     */
    public Journal mapToMatchingOrNew(OnlineAccount account) {
        Journal journal = findMatching(account).orElseGet(() -> createFor(account));
        journal.useOnlineSync();
        account.mapTo(journal);
        return journal;
    }

    /** @return true when an online account other than {@code account} is mapped to the journal */
    public boolean isFedByAnotherAccount(Journal journal, OnlineAccount account) {
        return em.createQuery("select a.id from OnlineAccount a where a.journal = :journal", Long.class)
                .setParameter("journal", journal).getResultStream().anyMatch(id -> !id.equals(account.getId()));
    }

    private String freeCode(Company company) {
        return nextCode(new HashSet<>(em.createQuery("select j.code from Journal j where j.company = :company",
                String.class).setParameter("company", company).getResultList()));
    }

    /** @return {@value #CODE_PREFIX} followed by the smallest number from 1 up that is not taken */
    static String nextCode(Collection<String> taken) {
        for (int n = 1;; n++) {
            String code = CODE_PREFIX + n;
            if (!taken.contains(code)) {
                return code;
            }
        }
    }

    /** @return the account's name, else its number, else its online identifier, cut to the column */
    static String nameFor(OnlineAccount account) {
        String name = account.getName() != null && !account.getName().isBlank() ? account.getName()
                : account.getAccountNumber() != null && !account.getAccountNumber().isBlank() ? account.getAccountNumber()
                : account.getOnlineIdentifier();
        return StatementLine.cut(name, NAME_MAX);
    }
}
