package erp.onlinesync.domain.link;

/** Where an account stands in the current run: nothing going, asked the provider to refresh, or importing. */
public enum FetchingStatus {
    IDLE, WAITING, PROCESSING, DONE
}
