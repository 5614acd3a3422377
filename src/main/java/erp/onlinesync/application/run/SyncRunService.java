package erp.onlinesync.application.run;

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

    /** @throws erp.onlinesync.application.BadRequestException {@code not-found} for an unknown run */
    public RunView get(long runId) {
        return RunView.of(store.find(runId));
    }
}
