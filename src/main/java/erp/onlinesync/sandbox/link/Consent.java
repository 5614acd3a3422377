package erp.onlinesync.sandbox.link;

import erp.onlinesync.sandbox.bank.Bank;

/**
 * What the user agreed to on the connect page, kept behind an exchange token until the module trades it.
 *
 * @param seed        the seed of a new link's data (ignored when renewing: the client id has it)
 * @param clientId    the link being renewed, null in mode {@link LinkMode#LINK}
 * @param accountMask the accounts the user chose, as in {@link Grant#accountMask()}
 */
public record Consent(Bank bank, long seed, LinkMode mode, String clientId, long accountMask) {
}
