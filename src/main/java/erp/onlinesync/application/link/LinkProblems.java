package erp.onlinesync.application.link;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells which links need a person and what to do: every link in error or disconnected, with the
 * problem the engine stored on it (its last error and the advised action).
 */
@Stateless
public class LinkProblems {

    @PersistenceContext
    EntityManager em;

    /** @return the problem of each link in error or disconnected, by link id; links doing fine are absent */
    public Map<Long, LinkProblem> current() {
        return em.createQuery("select l from OnlineLink l where l.state <> :connected", OnlineLink.class)
                .setParameter("connected", LinkState.CONNECTED).getResultStream()
                .map(LinkProblems::problemOf).collect(Collectors.toMap(LinkProblem::linkId, Function.identity()));
    }

    /** @return the link's problem, or empty when it is connected */
    public Optional<LinkProblem> of(long linkId) {
        OnlineLink link = em.find(OnlineLink.class, linkId);
        return link == null || link.getState() == LinkState.CONNECTED ? Optional.empty() : Optional.of(problemOf(link));
    }

    /** A link put in trouble before the problem was stored gets the action its state implies. */
    static LinkProblem problemOf(OnlineLink link) {
        NextAction fallback = link.getState() == LinkState.DISCONNECTED ? NextAction.RECONNECT : NextAction.FETCH_AGAIN;
        return new LinkProblem(link.getId(), link.getProblemMessage(),
                link.getProblemAction() == null ? fallback : link.getProblemAction());
    }
}
