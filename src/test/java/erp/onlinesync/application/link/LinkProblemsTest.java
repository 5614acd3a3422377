package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.domain.run.ErrorEffect;
import org.junit.jupiter.api.Test;

/** The dashboard's banner reads the advised action from the suffix the engine writes on an error message. */
class LinkProblemsTest {

    @Test
    void theSuffixNamesTheActionAndLeavesTheText() {
        LinkProblem p = LinkProblems.parse(7, "The bank asks you to reconnect. [action: reconnect]", ErrorEffect.FETCH);
        assertEquals(new LinkProblem(7, "The bank asks you to reconnect.", ErrorEffect.RECONNECT), p);
    }

    @Test
    void withoutSuffixTheFallbackIsOffered() {
        LinkProblem p = LinkProblems.parse(7, "The synchronization failed: boom.", ErrorEffect.FETCH);
        assertEquals(new LinkProblem(7, "The synchronization failed: boom.", ErrorEffect.FETCH), p);
    }

    @Test
    void aSuffixInTheMiddleIsBankTextNotAnAction() {
        String body = "Partner [action: reconnect] paid. Fetch again.";
        assertEquals(ErrorEffect.FETCH, LinkProblems.parse(7, body, ErrorEffect.FETCH).nextAction());
    }
}
