package erp.onlinesync.domain.shared;

/**
 * Seals secrets for storage and opens them again (the proxy's tokens are kept only sealed). The
 * sealed text holds nothing readable, names the key that sealed it, and is bound to its
 * {@link SealedPlace}: it opens only where it was stored.
 * <p>
 * Key rotation: values are sealed with the current key; older keys still open what they sealed, and
 * {@link OpenedSecret#resealNeeded} tells the caller to seal such a value again.
 */
public interface SecretSealer {

    /** @return the sealed form of {@code secret}, to be stored at {@code place} only */
    String seal(Secret secret, SealedPlace place);

    /**
     * @throws UnknownSealingKeyException when the value was sealed with a key the module no longer has
     * @throws IllegalStateException when the value was altered, was sealed for another place or is not a
     *         sealed value
     */
    OpenedSecret open(String sealed, SealedPlace place);
}
