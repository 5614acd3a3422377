package erp.onlinesync.domain.proxy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One page of transactions with the account's balances; {@code nextData} null when it was the last page. */
public record TransactionPage(List<ProxyTransaction> transactions, BigDecimal balance, BigDecimal availableBalance,
        LocalDate balanceDate, String nextData) {
}
