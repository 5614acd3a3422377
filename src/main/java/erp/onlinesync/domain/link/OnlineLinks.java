package erp.onlinesync.domain.link;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The online links and their accounts, as the engine reads them. Every method joins the caller's transaction. */
public interface OnlineLinks {

    Optional<OnlineLink> find(long linkId);

    /** The link read again with its row locked until the transaction ends, so that no other change of it is lost. */
    Optional<OnlineLink> lock(long linkId);

    /** @return every link of every company, in id order */
    List<OnlineLink> all();

    /** @return at most {@code limit} links of every company with an id above {@code afterId}, in id order */
    List<OnlineLink> after(long afterId, int limit);

    /**
     * Writes what the transaction changed so far and lets go of the links and accounts it loaded, so that
     * a task going through thousands of links in one transaction keeps its memory and its writes' cost
     * to one slice; a link read before must be read again.
     */
    void releaseLoaded();

    Optional<OnlineLink> findByClientId(String clientId);

    /** @return the links not disconnected whose consent expires from {@code first} to {@code last} (both included), in id order */
    List<OnlineLink> consentExpiringBetween(LocalDate first, LocalDate last);

    /** @return the link's accounts mapped to a journal, with journal, link and company loaded, in id order */
    List<OnlineAccount> mappedAccounts(long linkId);

    Optional<OnlineAccount> findAccount(long accountId);

    /**
     * Deletes the link with its accounts, their pending transactions and the link's connect requests, for
     * the clean-up of links never finished. Its chatter messages stay: they name the record, they do not
     * refer to the row.
     *
     * @throws RuntimeException from a foreign key when something else still refers to the link (its runs,
     *         lines of its accounts): the caller's transaction then rolls back
     */
    void delete(OnlineLink link);

    /**
     * Replaces the link's sealed tokens by the same tokens sealed again with the current key, if they are
     * still the ones that were read (a token renewed or a reconnect meanwhile wins). The link's version does
     * not move: the values in clear are the same, and a transaction holding the link must not fail on it.
     *
     * @return whether the tokens were replaced
     */
    boolean replaceResealedTokens(long linkId, String readRefresh, String readAccess, String resealedRefresh,
            String resealedAccess);

    /** @return how many connect requests expiring before {@code before} were deleted, used or not */
    int deleteConnectRequestsExpiredBefore(Instant before);
}
