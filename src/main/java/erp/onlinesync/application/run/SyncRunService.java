package erp.onlinesync.application.run;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.domain.run.RunMetrics;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The one way to ask for a run of a link, for every trigger (a person, the API, a timer, a webhook,
 * the connect flow): it returns the run already going for that link, or queues a new one and starts
 * it in the background. The unique index on the active run makes a second one impossible even when
 * two nodes ask at the same instant; the loser gets the winner's run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncRunService {

    @Inject
    RunStore store;

    @Inject
    RunDispatcher dispatcher;

    @Inject
    RunMetrics metrics;

    @Inject
    LinkQueries links;

    /**
     * @param requestedBy the user name, or null for a timer or webhook
     * @throws erp.onlinesync.application.BadRequestException {@code not-found}, {@code link-disconnected}
     */
    public RunView request(long linkId, RunTrigger trigger, String requestedBy) {
        var active = store.activeRun(linkId);
        if (active.isPresent()) {
            return RunView.of(active.get());
        }
        SyncRun created;
        try {
            created = store.create(linkId, trigger, requestedBy);
        } catch (EJBException lostTheRace) {
            return store.activeRun(linkId).map(RunView::of).orElseThrow(() -> lostTheRace);
        }
        metrics.runQueued(trigger);
        dispatcher.dispatch(created.getId(), trigger.isUnattended());
        return RunView.of(created);
    }

    /**
     * A person's Fetch: the link must be one of the acting company's.
     *
     * @throws BadRequestException {@code not-found} for an unknown link or one of another company, {@code link-disconnected}
     */
    public RunView requestByPerson(long linkId, String user) {
        links.require(linkId);
        return request(linkId, RunTrigger.MANUAL, user);
    }

    /**
     * A run, for a person: the run of another company's link is answered like an unknown id.
     *
     * @throws BadRequestException {@code not-found} for an unknown run or one of another company
     */
    public RunView get(long runId) {
        SyncRun run = store.find(runId);
        if (!links.isShown(run.getLink().getId())) {
            throw new BadRequestException("not-found", "No synchronization run with id " + runId);
        }
        return RunView.of(run);
    }
}
