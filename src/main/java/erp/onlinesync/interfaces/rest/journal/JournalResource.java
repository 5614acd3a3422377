package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.journal.LinePage;
import erp.onlinesync.application.journal.LineWindow;
import erp.onlinesync.application.journal.StatementLineQueries;
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

/** {@code /api/v1/journals}: the bank journals, and their statement lines. */
@Path("v1/journals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class JournalResource {

    @Inject
    JournalQueries journals;

    @Inject
    StatementLineQueries lines;

    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<JournalView> list() {
        return journals.list();
    }

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @Path("{id}/statement-lines")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public LinePage statementLines(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        return lines.page(id, LineWindow.of(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.integer("page", page), QueryParams.integer("size", size)));
    }
}
