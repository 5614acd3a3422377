package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.duplicates.DuplicateGroup;
import erp.onlinesync.application.duplicates.DuplicateTransactionFinder;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.journal.LinePage;
import erp.onlinesync.application.journal.LineWindow;
import erp.onlinesync.application.journal.StatementLineQueries;
import erp.onlinesync.application.missing.MissingTransactionFinder;
import erp.onlinesync.application.missing.MissingTransactionSearch;
import erp.onlinesync.application.missing.MissingTransactionView;
import erp.onlinesync.application.missing.MissingTransactions;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/journals}: the bank journals, their statement lines and suspected duplicates. */
@Path("v1/journals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Journals")
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
    @Operation(operationId = "listJournals", summary = "List the bank journals",
            description = "With their book balance. Role: accountant.")
    @APIResponse(responseCode = "200", description = "The journals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JournalView.class)))
    public List<JournalView> list() {
        return journals.list();
    }

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @Path("{id}/statement-lines")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "listStatementLines", summary = "List a journal's statement lines",
            description = "By date then id, by page. Role: accountant.")
    @APIResponse(responseCode = "200", description = "A page of lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "LinePage")))
    public LinePage statementLines(@PathParam("id") long id,
            @Parameter(description = "The first day, included", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day, included", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "From 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Lines per page, 100 unless given, at most 1000",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("size") String size,
            @Parameter(description = "asc unless given", schema = @Schema(enumeration = {"asc", "desc"}))
            @QueryParam("order") String order) {
        return lines.page(id, LineWindow.of(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.integer("page", page), QueryParams.integer("size", size)), QueryParams.newestFirst("order", order));
    }

    /** The body is {@code {"from_date": "2026-11-01"}}. */
    @POST
    @Path("{id}/duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "findDuplicates", summary = "Find suspected duplicate lines",
            description = "Groups of lines that look like one transaction imported twice. Role: accountant.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FromDateBody.class)))
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DuplicateGroup.class)))
    public List<DuplicateGroup> duplicates(@PathParam("id") long id, String body) {
        return duplicates.find(id, JsonBody.parse(body, FromDateBody.class).requiredDate(FROM_DATE));
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
    @Operation(operationId = "findMissingTransactions", summary = "Find transactions the journal lacks",
            description = "The posted transactions the proxy has and the journal lacks; the header X-More-Missing: true"
                    + " says that a cap stopped the search. Role: accountant.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FromDateBody.class)))
    @APIResponse(responseCode = "200", description = "The missing transactions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MissingTransactionView.class)))
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public Response missing(@PathParam("id") long id, String body) {
        MissingTransactions found = missing.find(id, JsonBody.parse(body, FromDateBody.class).requiredDate(FROM_DATE));
        return Response.ok(found.transactions()).header(MORE_MISSING, String.valueOf(!found.complete())).build();
    }
}
