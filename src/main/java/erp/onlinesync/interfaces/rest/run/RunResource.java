package erp.onlinesync.interfaces.rest.run;

import erp.onlinesync.application.run.RunView;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/sync-runs/{id}}: a run's state and counts. */
@Path("v1/sync-runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RunResource {

    @Inject
    SyncRunService runs;

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public RunView get(@PathParam("id") long id) {
        return runs.get(id);
    }
}
