package erp.onlinesync.application.journal;

import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.journal.BankStatementSource;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds or creates the bank journal of an online account: the journal with the same bank account
 * number and currency if there is one (never a second journal for the same bank account), else a new
 * bank journal in the account's currency.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BankJournals {

    private static final String CODE_PREFIX = "BNK";

    @PersistenceContext
    EntityManager em;

    /** @return the company's journal for that bank account number and currency, if any */
    public Optional<Journal> findMatching(Company company, String accountNumber, CurrencyCode currency) {
        if (accountNumber == null || accountNumber.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select j from Journal j where j.company = :company and j.currencyCode = :currency"
                + " and lower(j.bankAccountNumber) = :number order by j.id", Journal.class)
                .setParameter("company", company).setParameter("currency", currency.code())
                .setParameter("number", normalize(accountNumber)).getResultStream().findFirst();
    }

    /** Maps the account to its matching journal, or to a new bank journal, and marks it online-fed. */
    public Journal mapToMatchingOrNew(OnlineAccount account) {
        Company company = account.getLink().getCompany();
        Journal journal = findMatching(company, account.getAccountNumber(), account.getCurrency())
                .orElseGet(() -> create(company, account));
        journal.useOnlineSync();
        account.mapTo(journal);
        return journal;
    }

    private Journal create(Company company, OnlineAccount account) {
        long count = em.createQuery("select count(j) from Journal j where j.company = :company", Long.class)
                .setParameter("company", company).getSingleResult();
        String code = CODE_PREFIX + (count + 1);
        while (!em.createQuery("select j.id from Journal j where j.company = :company and j.code = :code", Long.class)
                .setParameter("company", company).setParameter("code", code).getResultList().isEmpty()) {
            code = CODE_PREFIX + (++count + 1);
        }
        String name = account.getName() == null || account.getName().isBlank() ? account.getLink().getName() : account.getName();
        Journal journal = new Journal(company, name, code, account.getCurrency(),
                account.getAccountNumber() == null ? null : account.getAccountNumber().trim(), BankStatementSource.ONLINE_SYNC);
        em.persist(journal);
        return journal;
    }

    private static String normalize(String accountNumber) {
        return accountNumber.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
