package erp.onlinesync.interfaces.rest.run;

import erp.onlinesync.application.run.RunView;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/online-links/{id}/fetch}: starts a fetch of all the link's accounts, or answers
 * the run already going (never a second one); 202 with the run's id either way.
 */
@Path("v1/online-links/{id}/fetch")
@RequestScoped
@Tag(name = "Links")
public class FetchResource {

    @Inject
    SyncRunService runs;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "fetchLink", summary = "Fetch a link's accounts now",
            description = "Starts a run, or answers the run already going (never a second one). Role: accountant.")
    @APIResponse(responseCode = "202", description = "The run started or already going",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RunStarted")))
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    public Response fetch(@PathParam("id") long linkId, @Context SecurityContext security) {
        RunView run = runs.requestByPerson(linkId, security.getUserPrincipal().getName());
        return Response.accepted(Map.of("run_id", run.id())).build();
    }
}
