package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.duplicates.DuplicateGroup;
import erp.onlinesync.application.duplicates.DuplicateTransactionFinder;
import erp.onlinesync.application.missing.MissingTransactionFinder;
import erp.onlinesync.application.missing.MissingTransactionSearch;
import erp.onlinesync.application.missing.MissingTransactions;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.journal.LinePage;
import erp.onlinesync.application.journal.LineWindow;
import erp.onlinesync.application.journal.StatementLineQueries;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.JsonBody;
import erp.onlinesync.interfaces.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** {@code /api/v1/journals}: the bank journals, their statement lines and suspected duplicates. */
@Path("v1/journals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class JournalResource {

    static final String FROM_DATE = "from_date";
    /** Answer header of {@code missing}: {@code true} when more transactions may be missing than listed. */
    static final String MORE_MISSING = "X-More-Missing";

    @Inject
    JournalQueries journals;

    @Inject
    StatementLineQueries lines;

    @Inject
    DuplicateTransactionFinder duplicates;

    @Inject
    MissingTransactionFinder missing;

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
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("order") String order) {
        return lines.page(id, LineWindow.of(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.integer("page", page), QueryParams.integer("size", size)), QueryParams.newestFirst("order", order));
    }

    /** The body is {@code {"from_date": "2026-11-01"}}. */
    @POST
    @Path("{id}/duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<DuplicateGroup> duplicates(@PathParam("id") long id, String body) {
        return duplicates.find(id, JsonBody.parse(body, Set.of(FROM_DATE)).requiredDate(FROM_DATE));
    }

    /**
     * The body is {@code {"from_date": "2026-11-01"}}, at most {@value MissingTransactionSearch#MAX_DAYS}
     * days back: the bank's posted transactions the journal lacks, at most
     * {@value MissingTransactionSearch#MAX_RESULTS}. The answer stays a list (as the contract has it);
     * the header {@value #MORE_MISSING}{@code : true} says that a cap stopped the search and more may exist.
     */
    @POST
    @Path("{id}/missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public Response missing(@PathParam("id") long id, String body) {
        MissingTransactions found = missing.find(id, JsonBody.parse(body, Set.of(FROM_DATE)).requiredDate(FROM_DATE));
        return Response.ok(found.transactions()).header(MORE_MISSING, String.valueOf(!found.complete())).build();
    }
}
