package erp.onlinesync.application.link;

import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.application.chatter.ChatterService;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells which links need a person and what to do: every link in error or disconnected, with its last
 * error message and the next action the engine advised there ({@link ErrorEffect#nextAction()},
 * written as the {@code [action: ...]} suffix of the message).
 */
@Stateless
public class LinkProblems {

    /** The suffix {@code RunStore.fail} appends to an error message. */
    static final Pattern ACTION_SUFFIX = Pattern.compile("\\s*\\[action: (\\w+)]\\s*$");

    @PersistenceContext
    EntityManager em;

    /** @return the problem of each link in error or disconnected, by link id; links doing fine are absent */
    public Map<Long, LinkProblem> current() {
        return em.createQuery("select l from OnlineLink l where l.state <> :connected", OnlineLink.class)
                .setParameter("connected", LinkState.CONNECTED).getResultStream()
                .map(this::problemOf).collect(Collectors.toMap(LinkProblem::linkId, Function.identity()));
    }

    /** @return the link's problem, or empty when it is connected */
    public Optional<LinkProblem> of(long linkId) {
        OnlineLink link = em.find(OnlineLink.class, linkId);
        return link == null || link.getState() == LinkState.CONNECTED ? Optional.empty() : Optional.of(problemOf(link));
    }

    private LinkProblem problemOf(OnlineLink link) {
        String fallback = link.getState() == LinkState.DISCONNECTED ? ErrorEffect.RECONNECT : ErrorEffect.FETCH;
        return em.createQuery("select m from ChatterMessage m where m.recordType = :type and m.recordId = :id"
                + " and m.kind = :kind order by m.id desc", ChatterMessage.class)
                .setParameter("type", ChatterService.LINK).setParameter("id", link.getId())
                .setParameter("kind", MessageKind.ERROR).setMaxResults(1).getResultStream().findFirst()
                .map(m -> parse(link.getId(), m.getBody(), fallback))
                .orElseGet(() -> new LinkProblem(link.getId(), null, fallback));
    }

    /** Splits an error body into the text for a person and the advised action (the fallback when none). */
    static LinkProblem parse(long linkId, String body, String fallback) {
        Matcher m = ACTION_SUFFIX.matcher(body);
        return m.find() ? new LinkProblem(linkId, body.substring(0, m.start()), m.group(1))
                : new LinkProblem(linkId, body, fallback);
    }
}
