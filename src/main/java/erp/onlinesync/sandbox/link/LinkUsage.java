package erp.onlinesync.sandbox.link;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a link's calls have used up so far: the call numbers behind Flaky Bank's faults, Quota Bank's
 * quota, the {@code currently_fetching} answers, Expired Consent Bank's "first full sync", Hostile Bank's
 * one oversized error, and the errors forced through the control API. In memory only: a restart starts every counter afresh.
 */
public final class LinkUsage {

    private final boolean fetchingOnFirstRefresh;
    private final Set<String> refreshedAccounts = new HashSet<>();
    private final Set<String> completedFetches = new HashSet<>();
    private long calls;
    private int quotaCalls;
    private Instant quotaBlockedUntil;
    private int fetchingAnswers;
    private boolean fullSyncSeen;
    private int forcedCode;
    private int forcedCalls;
    private boolean hostileErrorServed;

    /** @param fetchingOnFirstRefresh whether each account's first refresh answers "currently fetching" */
    LinkUsage(boolean fetchingOnFirstRefresh) {
        this.fetchingOnFirstRefresh = fetchingOnFirstRefresh;
    }

    /** @return the number of the signed call being answered, from 1 */
    public synchronized long nextCall() {
        return ++calls;
    }

    /**
     * Counts one call against a quota of {@code limit} calls; once it is used up, calls are refused for
     * {@code window}, after which the quota starts again.
     *
     * @return empty when the call is within the quota, else when calls are allowed again
     */
    public synchronized Optional<Instant> takeQuota(int limit, Duration window, Instant now) {
        if (quotaBlockedUntil != null && !now.isBefore(quotaBlockedUntil)) {
            resetQuota();
        }
        if (quotaBlockedUntil == null && quotaCalls >= limit) {
            quotaBlockedUntil = now.plus(window);
        }
        if (quotaBlockedUntil != null) {
            return Optional.of(quotaBlockedUntil);
        }
        quotaCalls++;
        return Optional.empty();
    }

    public synchronized void resetQuota() {
        quotaCalls = 0;
        quotaBlockedUntil = null;
    }

    /** @return whether this refresh of the account answers {@code currently_fetching: true} */
    public synchronized boolean answerFetching(String accountId) {
        boolean first = refreshedAccounts.add(accountId);
        if (fetchingAnswers > 0) {
            fetchingAnswers--;
            return true;
        }
        return first && fetchingOnFirstRefresh;
    }

    /** Makes the next {@code refreshCalls} refresh calls answer {@code currently_fetching: true}. */
    public synchronized void setFetchingAnswers(int refreshCalls) {
        fetchingAnswers = Math.max(0, refreshCalls);
    }

    /**
     * Records that a transactions call answered the last page of one account and status.
     *
     * @param expectedFetches how many account and status pairs make a full sync
     * @return true once: when this completes the link's first full sync
     */
    public synchronized boolean completeFetch(String accountId, String status, int expectedFetches) {
        completedFetches.add(accountId + "|" + status);
        if (fullSyncSeen || completedFetches.size() < expectedFetches) {
            return false;
        }
        fullSyncSeen = true;
        return true;
    }

    /** Makes the next {@code signedCalls} signed calls answer error {@code code}. */
    public synchronized void forceError(int code, int signedCalls) {
        forcedCode = code;
        forcedCalls = Math.max(0, signedCalls);
    }

    /** @return the code this call must answer because of {@link #forceError}, counting it down */
    public synchronized OptionalInt takeForcedError() {
        if (forcedCalls == 0) {
            return OptionalInt.empty();
        }
        forcedCalls--;
        return OptionalInt.of(forcedCode);
    }

    /** @return true once per link: Hostile Bank's oversized error is answered then */
    public synchronized boolean takeHostileError() {
        boolean first = !hostileErrorServed;
        hostileErrorServed = true;
        return first;
    }

    public synchronized long calls() {
        return calls;
    }

    public synchronized int quotaCalls() {
        return quotaCalls;
    }
}
