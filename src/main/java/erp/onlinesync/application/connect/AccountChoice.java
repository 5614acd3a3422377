package erp.onlinesync.application.connect;

/**
 * What the person decided for one account in the wizard's accounts step.
 *
 * @param accountId the online account
 * @param chosen    ticked: imported from now on; not ticked: it stays on the link without a journal
 * @param journalId an existing journal of the account's currency, or null for a new journal
 */
public record AccountChoice(long accountId, boolean chosen, Long journalId) {
}
