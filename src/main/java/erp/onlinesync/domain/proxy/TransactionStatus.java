package erp.onlinesync.domain.proxy;

/** Posted transactions become statement lines; pending ones are only shown apart. */
public enum TransactionStatus {
    POSTED, PENDING;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
