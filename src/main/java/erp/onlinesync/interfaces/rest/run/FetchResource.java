package erp.onlinesync.interfaces.rest.run;

import erp.onlinesync.application.run.RunView;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/**
 * {@code POST /api/v1/online-links/{id}/fetch}: starts a fetch of all the link's accounts, or answers
 * the run already going (never a second one); 202 with the run's id either way.
 */
@Path("v1/online-links/{id}/fetch")
@RequestScoped
public class FetchResource {

    @Inject
    SyncRunService runs;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public Response fetch(@PathParam("id") long linkId, @Context SecurityContext security) {
        RunView run = runs.request(linkId, RunTrigger.MANUAL, security.getUserPrincipal().getName());
        return Response.accepted(Map.of("run_id", run.id())).build();
    }
}
