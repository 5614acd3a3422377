package erp.onlinesync.domain.link;

import java.util.List;
import java.util.Optional;

/** The online links and their accounts, as the engine reads them. Every method joins the caller's transaction. */
public interface OnlineLinks {

    Optional<OnlineLink> find(long linkId);

    /** @return every link of every company, in id order */
    List<OnlineLink> all();

    Optional<OnlineLink> findByClientId(String clientId);

    /** @return the link's accounts mapped to a journal, with journal, link and company loaded, in id order */
    List<OnlineAccount> mappedAccounts(long linkId);

    Optional<OnlineAccount> findAccount(long accountId);
}
