package erp.onlinesync.application.run;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Hands a run to the server's bounded EJB thread pool, so the person or timer that asked for it does
 * not wait. Nothing is lost if the server stops first: the run stays queued in the database and the
 * scheduler picks it up.
 */
@Stateless
public class RunDispatcher {

    @Inject
    SyncRunner runner;

    @Asynchronous
    public void dispatch(long runId, boolean byTimer) {
        runner.execute(runId, byTimer);
    }
}
