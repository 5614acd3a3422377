package erp.onlinesync.domain.proxy;

/** The answer to {@code refresh}: while {@code currentlyFetching}, do not fetch yet; ask again later. */
public record RefreshResult(boolean currentlyFetching, boolean success) {
}
