package erp.onlinesync.domain.proxy;

import java.util.List;

/** One page of accounts; {@code nextData} is opaque JSON text to send back, null when done. */
public record AccountPage(List<ProxyAccount> accounts, String nextData) {
}
