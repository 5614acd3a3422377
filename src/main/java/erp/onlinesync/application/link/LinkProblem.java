package erp.onlinesync.application.link;

import erp.onlinesync.domain.link.NextAction;

/**
 * Why a link in error or disconnected needs a person, for the dashboard's red banner: the last error
 * the engine stored on the link and the button to offer.
 *
 * @param message the last error's text for a person, or null when there is none
 * @param nextAction the action to offer
 */
public record LinkProblem(long linkId, String message, NextAction nextAction) {
}
