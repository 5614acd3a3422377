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

/**
 * {@code GET /api/v1/online-links/{id}/runs?before=&limit=}: a link's runs, newest first, in slices of
 * {@code limit} (see {@link Slice}); ask again with the last id as {@code before} for older ones.
 */
@Path("v1/online-links/{id}/runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LinkRunsResource {

    @Inject
    LinkRuns runs;

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<RunView> list(@PathParam("id") long id, @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        return runs.before(id, Slice.before(QueryParams.whole("before", before), QueryParams.integer("limit", limit)));
    }
}
