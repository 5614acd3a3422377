package erp.onlinesync.application.connect;

/**
 * What a completed connection leads to.
 *
 * @param linkId         the created or renewed link
 * @param chooseAccounts true when the person chooses the new accounts' journals in the wizard's
 *                       accounts step, and no fetch has started yet
 */
public record ConnectOutcome(long linkId, boolean chooseAccounts) {
}
