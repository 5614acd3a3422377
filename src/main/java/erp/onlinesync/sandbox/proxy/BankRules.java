package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.link.LinkMode;
import java.time.Clock;
import java.util.Optional;

/**
 * The functional quirks of the institutions (see {@link Bank}), applied to an authenticated signed call
 * before it is answered: Quota Bank's quota (202), Manual Bank's refusal of unattended calls (201), Down
 * Bank's outage (200), Action Bank's demand for new credentials (300), and Expired Consent Bank's
 * revocation after the first full sync (102 from then on), Hostile Bank's oversized error on the first
 * transactions call that asks for a second page (once per link). Calls that only manage tokens or the link's
 * life ({@link Call#administrative()}) are never refused here.
 */
final class BankRules {

    /** A full sync fetches both statuses of every account. */
    private static final int STATUSES_PER_ACCOUNT = 2;

    private final Clock clock;
    private final int quotaCalls;

    BankRules(Clock clock, int quotaCalls) {
        this.clock = clock;
        this.quotaCalls = quotaCalls;
    }

    /** @throws SandboxError when the link's institution refuses this call */
    void check(Link link, Call call, WireRequest request) {
        if (call.administrative()) {
            return;
        }
        if (link.bank() == Bank.QUOTA) {
            link.usage().takeQuota(quotaCalls, SandboxError.QUOTA_WINDOW, clock.instant()).ifPresent(until -> {
                throw SandboxError.quota(until);
            });
        }
        if (link.bank() == Bank.MANUAL && request.cron()) {
            throw new SandboxError(ErrorCode.UNATTENDED_FORBIDDEN, "utils.cron is true");
        }
        if (link.bank() == Bank.HOSTILE && call == Call.TRANSACTIONS && request.nextOffset().isPresent()
                && link.usage().takeHostileError()) {
            throw SandboxError.hostile();
        }
        if (call.fetchesData()) {
            problem(link).ifPresent(error -> {
                throw error;
            });
        }
    }

    /** @return what stops the link from fetching data at all, as {@code connection_status} reports it */
    Optional<SandboxError> problem(Link link) {
        if (link.bank() == Bank.DOWN) {
            return Optional.of(new SandboxError(ErrorCode.PROVIDER_UNAVAILABLE, "the bank is down"));
        }
        if (link.bank() == Bank.ACTION && !link.grant().credentialsUpdated()) {
            return Optional.of(SandboxError.actionNeeded(LinkMode.UPDATE_CREDENTIALS));
        }
        return Optional.empty();
    }

    /** Called when a transactions call answered its last page: may end Expired Consent Bank's consent. */
    void lastPageServed(Link link, String accountId, String status) {
        int fullSync = link.selectedAccounts().size() * STATUSES_PER_ACCOUNT;
        if (link.bank() == Bank.EXPIRED_CONSENT && link.usage().completeFetch(accountId, status, fullSync)) {
            link.revokeConsent();
        }
    }
}
