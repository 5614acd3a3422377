package erp.onlinesync.infrastructure.persistence.link;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link OnlineLinks} with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaOnlineLinks implements OnlineLinks {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OnlineLink> find(long linkId) {
        return Optional.ofNullable(em.find(OnlineLink.class, linkId));
    }

    @Override
    public Optional<OnlineLink> lock(long linkId) {
        return Optional.ofNullable(em.find(OnlineLink.class, linkId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OnlineLink> all() {
        return em.createQuery("select l from OnlineLink l order by l.id", OnlineLink.class).getResultList();
    }

    @Override
    public List<OnlineLink> after(long afterId, int limit) {
        return em.createQuery("select l from OnlineLink l where l.id > :after order by l.id", OnlineLink.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Each flush compares every entity the context holds: without this, a slice costs more the more came before. */
    @Override
    public void releaseLoaded() {
        em.flush();
        em.clear();
    }

    @Override
    public Optional<OnlineLink> findByClientId(String clientId) {
        return em.createQuery("select l from OnlineLink l where l.clientId = :c", OnlineLink.class)
                .setParameter("c", clientId).getResultStream().findFirst();
    }

    @Override
    public List<OnlineLink> consentExpiringBetween(LocalDate first, LocalDate last) {
        return em.createQuery("select l from OnlineLink l where l.state <> :disconnected and l.consentExpiringDate"
                + " between :first and :last order by l.id", OnlineLink.class).setParameter("disconnected", LinkState.DISCONNECTED)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    @Override
    public List<OnlineAccount> mappedAccounts(long linkId) {
        return em.createQuery("select a from OnlineAccount a join fetch a.journal j join fetch a.link l"
                + " join fetch l.company where l.id = :link order by a.id", OnlineAccount.class)
                .setParameter("link", linkId).getResultList();
    }

    @Override
    public Optional<OnlineAccount> findAccount(long accountId) {
        return Optional.ofNullable(em.find(OnlineAccount.class, accountId));
    }

    /** Flushed at once, so that a foreign key's refusal is thrown here, for this link, and not at the commit. */
    @Override
    public void delete(OnlineLink link) {
        em.createQuery("delete from PendingTransaction p where p.account in"
                + " (select a from OnlineAccount a where a.link = :link)").setParameter("link", link).executeUpdate();
        em.createQuery("delete from OnlineAccount a where a.link = :link").setParameter("link", link).executeUpdate();
        em.createQuery("delete from ConnectRequest c where c.linkId = :link").setParameter("link", link.getId()).executeUpdate();
        em.remove(link);
        em.flush();
    }

    @Override
    public int deleteConnectRequestsExpiredBefore(Instant before) {
        return em.createQuery("delete from ConnectRequest c where c.expiresAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** A bulk update, compared and set in one statement: it moves no version (see the port). */
    @Override
    public boolean replaceResealedTokens(long linkId, String readRefresh, String readAccess, String resealedRefresh,
            String resealedAccess) {
        return em.createQuery("update OnlineLink l set l.refreshTokenSealed = :newRefresh, l.accessTokenSealed = :newAccess"
                + " where l.id = :id and l.refreshTokenSealed = :refresh and l.accessTokenSealed = :access")
                .setParameter("newRefresh", resealedRefresh).setParameter("newAccess", resealedAccess).setParameter("id", linkId)
                .setParameter("refresh", readRefresh).setParameter("access", readAccess).executeUpdate() == 1;
    }
}
