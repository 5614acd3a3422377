package erp.onlinesync.domain.proxy;

import java.time.LocalDate;

/** The proxy's view of a link: {@code state} is connected, error or disconnected. */
public record ConnectionStatus(String state, LocalDate consentExpiringDate, boolean autoSyncAllowed, String message) {
}
