package erp.onlinesync.interfaces.rest.run;

import erp.onlinesync.application.link.LinkRuns;
import erp.onlinesync.application.link.Slice;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/online-links/{id}/runs?before=&limit=}: a link's runs, newest first, in slices of
 * {@code limit} (see {@link Slice}); ask again with the last id as {@code before} for older ones.
 */
@Path("v1/online-links/{id}/runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Links")
public class LinkRunsResource {

    @Inject
    LinkRuns runs;

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "listLinkRuns", summary = "List a link's runs",
            description = "Newest first, in slices: ask again with the last id as before. Role: accountant.")
    @APIResponse(responseCode = "200", description = "The runs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RunView.class)))
    public List<RunView> list(@PathParam("id") long id,
            @Parameter(description = "Only runs with a smaller id", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("before") String before,
            @Parameter(description = "Runs per slice, 100 unless given",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("limit") String limit) {
        return runs.before(id, Slice.before(QueryParams.whole("before", before), QueryParams.integer("limit", limit)));
    }
}
