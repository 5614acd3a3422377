package erp.onlinesync.domain.proxy;

/**
 * A bank or other institution the proxy can connect to. The lengths are those of the link's columns
 * the values end in ({@code institution_id}, {@code name} and {@code institution_name}, {@code provider_type}).
 */
public record Institution(String id, String name, String country, String logoUrl, String providerType, boolean beta,
        boolean autoSyncAllowed, int historyDays) {

    /** Sent back in the connect URL: longer is refused rather than cut, since a cut id names another institution. */
    public static final int ID_MAX = 100;
    public static final int NAME_MAX = 200;
    public static final int PROVIDER_TYPE_MAX = 40;
}
