package erp.onlinesync.application.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.shared.Amounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads bank journals with their balances ({@link BookBalances}), for the dashboard and {@code GET /journals}. */
@Stateless
public class JournalQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BookBalances bookBalances;

    @Inject
    ActingCompany company;

    /** @return the journals of the {@link ActingCompany} */
    public List<JournalView> list() {
        List<Journal> journals = em.createQuery("select j from Journal j join fetch j.company where j.company.id = :company"
                + " order by j.name, j.id", Journal.class).setParameter("company", company.id()).getResultList();
        Map<Long, OnlineAccount> accountByJournal = em.createQuery("select a from OnlineAccount a join fetch a.link"
                + " where a.journal is not null and a.journal.company.id = :company", OnlineAccount.class)
                .setParameter("company", company.id()).getResultList().stream().collect(Collectors.toMap(a -> a.getJournal().getId(), Function.identity(), (a, b) -> a));
        return journals.stream().map(j -> view(j, accountByJournal.get(j.getId()), bookBalances.of(j.getId()))).toList();
    }

    /**
     * The journal itself, for services that work on it for a person: the one place a journal is loaded
     * for a person, so a journal of another company is "not found" for every call that names it.
     *
     * @throws BadRequestException {@code not-found} for an unknown id or a journal of another company
     */
    public Journal require(long id) {
        Journal journal = em.find(Journal.class, id);
        if (journal == null || !company.owns(journal.getCompany())) {
            throw new BadRequestException("not-found", "No journal with id " + id);
        }
        return journal;
    }

    private static JournalView view(Journal j, OnlineAccount account, BigDecimal bookBalance) {
        int decimals = j.getCurrency().displayDecimals();
        return new JournalView(j.getId(), j.getName(), j.getCode(), j.getCurrency().code(), j.getBankAccountNumber(),
                j.getBankStatementSource().name().toLowerCase(Locale.ROOT),
                account == null ? null : account.getId(), j.getCompany().getLockDate(),
                Amounts.format(bookBalance, decimals),
                account == null || account.getBalance() == null ? null : Amounts.format(account.getBalance(), decimals),
                account == null ? null : account.getLastSync(),
                account == null ? null : account.getLink().getId(),
                account == null ? null : account.getLink().getState().name().toLowerCase(Locale.ROOT));
    }
}
