package erp.onlinesync.sandbox.link;

import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.Bank;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every link of the sandbox, in memory, and the way back to one after a restart.
 * <p>
 * A link missing from memory is rebuilt when its client id verifies under the {@link SandboxKey}: from the
 * client id alone (institution, seed, creation date) for the connect page and the control API, with a
 * fresh grant; and for a signed call from the access token it presents, whose claims give the grant and
 * serial, so the module's stored tokens keep working across a restart. What is lost on a restart:
 * advanced days, counters and flags (see {@link LinkUsage}), a revoked consent, and which links were
 * deleted (a deleted link's tokens work again after a restart; an old generation's token may be the one
 * that rebuilds the link if it comes first). The same is lost by the least recently used link past
 * {@value #MAX_LINKS} in memory. A sandbox accepts these limits to store nothing.
 */
public final class LinkRegistry {

    /**
     * Links kept in memory at most: the least recently used one is forgotten past it (and rebuilt from its
     * client id when it comes back), so a caller connecting link after link cannot fill the heap.
     */
    static final int MAX_LINKS = 10_000;

    private final Map<String, Link> links = leastRecentlyUsed(MAX_LINKS);
    private final Set<String> deleted = Collections.newSetFromMap(leastRecentlyUsed(MAX_LINKS));
    private final SecureRandom random = new SecureRandom();
    private final SandboxKey key;
    private final TokenMint mint;
    private final Clock clock;
    private final long bigBankSize;
    private volatile boolean fetchingOnFirstRefresh;

    /**
     * @param bigBankSize            the history size of Big Bank's account
     * @param fetchingOnFirstRefresh whether new links answer "currently fetching" to each account's first refresh
     */
    public LinkRegistry(SandboxKey key, Clock clock, long bigBankSize, boolean fetchingOnFirstRefresh) {
        this.key = key;
        this.mint = new TokenMint(key);
        this.clock = clock;
        this.bigBankSize = bigBankSize;
        this.fetchingOnFirstRefresh = fetchingOnFirstRefresh;
    }

    /**
     * Applies an exchanged consent: a new link in mode {@code link}, new tokens for the same client id otherwise.
     *
     * @return the link, or empty when the consent renews a link that is gone
     */
    public Optional<Link> apply(Consent consent) {
        if (!consent.mode().renews()) {
            LocalDate today = LocalDate.now(clock);
            ClientId identity = new ClientId(consent.bank(), consent.seed(), today, random.nextInt());
            Link link = newLink(identity, grant(consent, today, false));
            links.put(link.clientId(), link);
            return Optional.of(link);
        }
        return find(consent.clientId()).map(link -> {
            boolean updated = consent.mode() == LinkMode.UPDATE_CREDENTIALS || link.grant().credentialsUpdated();
            link.renew(grant(consent, link.today(clock), updated));
            return link;
        });
    }

    /** @return the link of a signed call: in memory, or rebuilt from a client id and access token that verify */
    public Optional<Link> forSignedCall(String clientId, String accessToken) {
        return lookUp(clientId, identity -> mint.read(clientId, accessToken)
                .map(claims -> new Link(clientId, identity, accounts(identity), mint, claims.grant(), claims.serial(),
                        fetchingOnFirstRefresh)));
    }

    /** @return the link: in memory, or rebuilt from a client id that verifies */
    public Optional<Link> find(String clientId) {
        return lookUp(clientId, identity -> Optional.of(newLink(identity,
                new Grant(random.nextLong(), Grant.ALL_ACCOUNTS, consentEnd(identity, LocalDate.now(clock)), false))));
    }

    /** @return the accounts a new link to {@code bank} with that seed would have (the connect page shows them) */
    public List<AccountHistory> accountsOf(Bank bank, long seed) {
        return AccountHistory.of(bank, seed, LocalDate.now(clock), bigBankSize);
    }

    /** Forgets a link: afterwards its client id is unknown (until a restart, see the class comment). */
    public boolean delete(String clientId) {
        deleted.add(clientId);
        return links.remove(clientId) != null;
    }

    public void setFetchingOnFirstRefresh(boolean fetching) {
        fetchingOnFirstRefresh = fetching;
    }

    public boolean fetchingOnFirstRefresh() {
        return fetchingOnFirstRefresh;
    }

    private Optional<Link> lookUp(String clientId, Function<ClientId, Optional<Link>> rebuild) {
        if (clientId == null || deleted.contains(clientId)) {
            return Optional.empty();
        }
        Link known = links.get(clientId);
        if (known != null) {
            return Optional.of(known);
        }
        return ClientId.decode(clientId, key).flatMap(rebuild).map(link -> {
            Link raced = links.putIfAbsent(clientId, link);
            return raced == null ? link : raced;
        });
    }

    /** @return a thread-safe map holding at most {@code max} entries, forgetting the least recently used */
    private static <K, V> Map<K, V> leastRecentlyUsed(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        });
    }

    /** @return how many links are in memory */
    int inMemory() {
        return links.size();
    }

    private Link newLink(ClientId identity, Grant grant) {
        return new Link(identity.encode(key), identity, accounts(identity), mint, grant, 0, fetchingOnFirstRefresh);
    }

    private List<AccountHistory> accounts(ClientId identity) {
        return AccountHistory.of(identity.bank(), identity.seed(), identity.created(), bigBankSize);
    }

    private Grant grant(Consent consent, LocalDate today, boolean credentialsUpdated) {
        return new Grant(random.nextLong(), consent.accountMask(), today.plusDays(consent.bank().consentDays()),
                credentialsUpdated);
    }

    private static LocalDate consentEnd(ClientId identity, LocalDate today) {
        return today.plusDays(identity.bank().consentDays());
    }
}
