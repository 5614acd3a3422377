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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/sync-runs/{id}}: a run's state and counts. */
@Path("v1/sync-runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Links")
public class RunResource {

    @Inject
    SyncRunService runs;

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "getRun", summary = "Get a run's state and counts",
            description = "Role: accountant.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RunView")))
    public RunView get(@PathParam("id") long id) {
        return runs.get(id);
    }
}
