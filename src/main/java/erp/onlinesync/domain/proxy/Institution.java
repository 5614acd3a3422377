package erp.onlinesync.domain.proxy;

/** A bank or other institution the proxy can connect to. */
public record Institution(String id, String name, String country, String logoUrl, String providerType, boolean beta,
        boolean autoSyncAllowed, int historyDays) {
}
