package erp.onlinesync.sandbox.link;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.Bank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One link as the sandbox knows it: who it is (its {@link ClientId}), its current {@link Grant} and
 * tokens, its own clock offset, and its {@link LinkUsage}.
 * <p>
 * Life cycle: made by the exchange of a {@code link} consent; renewed (new grant, new tokens, consent valid
 * again) by the exchange of an {@code updateCredentials}, {@code reconnect} or {@code refreshAccounts}
 * consent; its access token rotated by {@code get_access_token} and expired after a number of calls or by
 * the control API; its consent revoked by Expired Consent Bank or the control API, or run out when its day
 * passes; forgotten by {@code delete_user} (see {@link LinkRegistry}).
 * <p>
 * "Today" for a link is the real date plus the days the control API advanced it: its transactions, pending
 * ones and consent all follow that date.
 */
public final class Link {

    /** How a presented access token compares with the link's. */
    public enum TokenVerdict {
        VALID,
        /** Not the current token: an older one, or one of another generation. */
        STALE,
        /** The current token, but expired: only {@code get_access_token} accepts it. */
        EXPIRED
    }

    private final String clientId;
    private final ClientId identity;
    private final List<AccountHistory> accounts;
    private final TokenMint mint;
    private final LinkUsage usage;
    private Grant grant;
    private long accessSerial;
    private Secret accessToken;
    private Secret refreshToken;
    private boolean accessExpired;
    private int callsOnToken;
    private boolean consentRevoked;
    private int advancedDays;

    Link(String clientId, ClientId identity, List<AccountHistory> accounts, TokenMint mint, Grant grant,
            long accessSerial, boolean fetchingOnFirstRefresh) {
        this.clientId = clientId;
        this.identity = identity;
        this.accounts = accounts;
        this.mint = mint;
        this.usage = new LinkUsage(fetchingOnFirstRefresh);
        this.grant = grant;
        this.accessSerial = accessSerial;
        mintTokens();
    }

    /**
     * Checks the access token of a signed call, and counts the call against the token's life.
     *
     * @param renewing         true for {@code get_access_token}, which accepts the current token even expired
     * @param maxCallsPerToken after that many calls the token expires by itself
     */
    public synchronized TokenVerdict checkAccessToken(Secret presented, boolean renewing, int maxCallsPerToken) {
        if (!accessToken.equals(presented)) {
            return TokenVerdict.STALE;
        }
        if (renewing) {
            return TokenVerdict.VALID;
        }
        if (!accessExpired && ++callsOnToken > maxCallsPerToken) {
            accessExpired = true;
        }
        return accessExpired ? TokenVerdict.EXPIRED : TokenVerdict.VALID;
    }

    /** {@code get_access_token}: a new access token; the previous one stops working. */
    public synchronized Secret rotateAccessToken() {
        accessSerial++;
        mintTokens();
        return accessToken;
    }

    /** The exchange of a renewing consent: a new grant, new tokens, a valid consent. */
    synchronized void renew(Grant renewed) {
        grant = renewed;
        accessSerial = 0;
        consentRevoked = false;
        mintTokens();
    }

    public synchronized void expireAccessToken() {
        accessExpired = true;
    }

    public synchronized void revokeConsent() {
        consentRevoked = true;
    }

    /** @return whether the consent still holds on the link's today */
    public synchronized boolean consentValid(Clock clock) {
        return !consentRevoked && !today(clock).isAfter(grant.consentExpiring());
    }

    /** @return the real date plus the days the link was advanced */
    public synchronized LocalDate today(Clock clock) {
        return LocalDate.now(clock).plusDays(advancedDays);
    }

    /** Moves the link's today forward: transactions post, pending ones settle, the consent may run out. */
    public synchronized void advance(int days) {
        advancedDays += Math.max(0, days);
    }

    /** @return every account of the link's institution, chosen or not, in the institution's order */
    public List<AccountHistory> accounts() {
        return accounts;
    }

    /** @return the accounts the user chose, in the institution's order */
    public List<AccountHistory> selectedAccounts() {
        Grant current = grant();
        return accounts.stream().filter(a -> current.selects(a.index())).toList();
    }

    public Optional<AccountHistory> selectedAccount(String accountId) {
        return selectedAccounts().stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    private void mintTokens() {
        accessToken = mint.accessToken(clientId, grant, accessSerial);
        refreshToken = mint.refreshToken(clientId, grant);
        accessExpired = false;
        callsOnToken = 0;
    }

    public String clientId() {
        return clientId;
    }

    public Bank bank() {
        return identity.bank();
    }

    public long seed() {
        return identity.seed();
    }

    public synchronized Grant grant() {
        return grant;
    }

    public synchronized Secret accessToken() {
        return accessToken;
    }

    public synchronized Secret refreshToken() {
        return refreshToken;
    }

    public synchronized boolean accessExpired() {
        return accessExpired;
    }

    public LinkUsage usage() {
        return usage;
    }
}
