package erp.onlinesync.application.missing;

import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.LocalDate;

/**
 * One Find Missing search: the account on both sides (the module's id, the bank's identifier and
 * currency), the open session with the proxy, and the first date searched.
 */
public record SearchScope(ProxySession session, long accountId, String onlineIdentifier, CurrencyCode currency,
        LocalDate start) {
}
