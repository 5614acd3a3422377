package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.link.ConnectRequest;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links, accounts and connect requests in lists; a link is deleted with its accounts and connect requests,
 * unless a test made it refuse, as a foreign key would.
 */
public final class InMemoryOnlineLinks implements OnlineLinks {

    private int releases;

    private final List<OnlineLink> links = new ArrayList<>();
    private final List<OnlineAccount> accounts = new ArrayList<>();
    private final List<ConnectRequest> connectRequests = new ArrayList<>();
    private final Set<OnlineLink> undeletable = new HashSet<>();
    private long nextLinkId = 1;
    private long nextAccountId = 100;

    public OnlineLink add(OnlineLink link) {
        links.add(Ids.withId(link, nextLinkId++));
        return link;
    }

    public OnlineAccount add(OnlineAccount account) {
        accounts.add(Ids.withId(account, nextAccountId++));
        return account;
    }

    public ConnectRequest add(ConnectRequest request) {
        connectRequests.add(request);
        return request;
    }

    public List<ConnectRequest> connectRequests() {
        return List.copyOf(connectRequests);
    }

    /** From now on, deleting the link throws, as when a row the fakes do not hold still refers to it. */
    public void refuseDeleting(OnlineLink link) {
        undeletable.add(link);
    }

    public List<OnlineAccount> accounts() {
        return List.copyOf(accounts);
    }

    @Override
    public List<OnlineLink> all() {
        return List.copyOf(links);
    }

    @Override
    public List<OnlineLink> after(long afterId, int limit) {
        return links.stream().filter(l -> l.getId() > afterId).sorted(Comparator.comparingLong(OnlineLink::getId))
                .limit(limit).toList();
    }

    @Override
    public void releaseLoaded() {
        releases++;
    }

    /** @return how many times a task let go of what it had loaded */
    public int releases() {
        return releases;
    }

    @Override
    public Optional<OnlineLink> find(long linkId) {
        return links.stream().filter(l -> l.getId() == linkId).findFirst();
    }

    @Override
    public Optional<OnlineLink> lock(long linkId) {
        return find(linkId);
    }

    @Override
    public Optional<OnlineLink> findByClientId(String clientId) {
        return links.stream().filter(l -> Objects.equals(l.getClientId(), clientId)).findFirst();
    }

    @Override
    public List<OnlineLink> consentExpiringBetween(LocalDate first, LocalDate last) {
        return links.stream().filter(l -> l.getState() != LinkState.DISCONNECTED && l.getConsentExpiringDate() != null
                && !l.getConsentExpiringDate().isBefore(first) && !l.getConsentExpiringDate().isAfter(last)).toList();
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

    @Override
    public void delete(OnlineLink link) {
        if (undeletable.contains(link)) {
            throw new IllegalStateException("a foreign key refers to link " + link.getId());
        }
        accounts.removeIf(a -> a.getLink() == link);
        connectRequests.removeIf(c -> Objects.equals(c.getLinkId(), link.getId()));
        links.remove(link);
    }

    @Override
    public int deleteConnectRequestsExpiredBefore(Instant before) {
        int count = connectRequests.size();
        connectRequests.removeIf(c -> c.getExpiresAt().isBefore(before));
        return count - connectRequests.size();
    }

    @Override
    public boolean replaceResealedTokens(long linkId, String readRefresh, String readAccess, String resealedRefresh,
            String resealedAccess) {
        OnlineLink link = find(linkId).orElseThrow();
        if (!Objects.equals(link.sealedRefreshToken(), readRefresh) || !Objects.equals(link.sealedAccessToken(), readAccess)) {
            return false;
        }
        link.bindTokens(link.getClientId(), resealedRefresh, resealedAccess);
        return true;
    }
}
