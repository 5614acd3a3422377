package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Links and accounts in lists. */
public final class InMemoryOnlineLinks implements OnlineLinks {

    private final List<OnlineLink> links = new ArrayList<>();
    private final List<OnlineAccount> accounts = new ArrayList<>();

    public OnlineLink add(OnlineLink link) {
        links.add(Ids.withId(link, links.size() + 1L));
        return link;
    }

    public OnlineAccount add(OnlineAccount account) {
        accounts.add(Ids.withId(account, 100L + accounts.size()));
        return account;
    }

    @Override
    public List<OnlineLink> all() {
        return List.copyOf(links);
    }

    @Override
    public Optional<OnlineLink> find(long linkId) {
        return links.stream().filter(l -> l.getId() == linkId).findFirst();
    }

    @Override
    public Optional<OnlineLink> findByClientId(String clientId) {
        return links.stream().filter(l -> Objects.equals(l.getClientId(), clientId)).findFirst();
    }

    @Override
    public List<OnlineAccount> mappedAccounts(long linkId) {
        return accounts.stream().filter(a -> a.getLink().getId() == linkId && a.getJournal() != null)
                .sorted(Comparator.comparing(OnlineAccount::getId)).toList();
    }

    @Override
    public Optional<OnlineAccount> findAccount(long accountId) {
        return accounts.stream().filter(a -> a.getId() == accountId).findFirst();
    }
}
