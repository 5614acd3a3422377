package erp.onlinesync.application.link;

/**
 * Why a link in error or disconnected needs a person, for the dashboard's red banner: the body of its
 * last error message and the button to offer ({@code reconnect}, {@code updateCredentials},
 * {@code fetch}), read from the message's {@code [action: ...]} suffix the engine writes.
 *
 * @param message the last error message without its action suffix, or null when there is none
 * @param nextAction the action to offer; {@code reconnect} for a disconnected link without advice
 */
public record LinkProblem(long linkId, String message, String nextAction) {
}
