package erp.onlinesync.domain.proxy;

import java.math.BigDecimal;

/** A bank account as the proxy lists it; amounts exact, currency an ISO code. */
public record ProxyAccount(String onlineIdentifier, String name, String accountNumber, String currencyCode,
        BigDecimal balance, BigDecimal availableBalance, String accountType) {
}
