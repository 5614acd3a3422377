package erp.onlinesync.domain.shared;

/**
 * A sealed value opened again.
 *
 * @param secret the value in clear
 * @param resealNeeded true when it was sealed with an old key (or in the format before key ids): the
 *        caller should seal it again, so that the old key can later be taken out of the configuration
 */
public record OpenedSecret(Secret secret, boolean resealNeeded) {
}
