package erp.onlinesync.sandbox.link;

import java.time.LocalDate;

/**
 * What one pass through the connect page granted: one generation of a link's tokens. A new grant (new
 * nonce) means new tokens, and the previous ones stop working.
 *
 * @param nonce              random, makes the generation's tokens unique
 * @param accountMask        bit {@code i} set when the institution's account {@code i} was chosen
 * @param consentExpiring    the last day of the consent
 * @param credentialsUpdated whether the user went through the page in mode updateCredentials (Action Bank)
 */
public record Grant(long nonce, long accountMask, LocalDate consentExpiring, boolean credentialsUpdated) {

    /** The mask that chooses every account. */
    public static final long ALL_ACCOUNTS = -1L;

    public boolean selects(int accountIndex) {
        return (accountMask >>> accountIndex & 1L) == 1L;
    }
}
