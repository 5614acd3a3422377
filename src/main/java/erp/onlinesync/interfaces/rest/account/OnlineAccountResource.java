package erp.onlinesync.interfaces.rest.account;

import erp.onlinesync.application.link.LinkView.AccountView;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.link.PendingTransactionView;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import erp.onlinesync.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/online-accounts}: an account's journal mapping and its pending transactions. */
@Path("v1/online-accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class OnlineAccountResource {

    static final String JOURNAL_ID = "journal_id";

    @Inject
    OnlineAccounts accounts;

    @Context
    SecurityContext security;

    /** The body is {@code {"journal_id": id}}, or {@code {"journal_id": null}} for a new bank journal. */
    @PUT
    @Path("{id}/journal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "mapAccountToJournal", summary = "Map an account to a journal",
            description = "journal_id null creates a new bank journal in the account's currency. Role: sync-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JournalMappingBody.class)))
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "AccountView")))
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    public AccountView mapToJournal(@PathParam("id") long id, String body) {
        Long journalId = JsonBody.parse(body, JournalMappingBody.class).requiredNullableId(JOURNAL_ID).orElse(null);
        return accounts.mapToJournal(id, journalId, security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id}/pending")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "listPendingTransactions", summary = "List an account's pending transactions",
            description = "From the last run; same fields as a statement line without id, statement_id and reconciled."
                    + " Role: accountant.")
    @APIResponse(responseCode = "200", description = "The pending transactions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PendingTransactionView.class)))
    public List<PendingTransactionView> pending(@PathParam("id") long id) {
        return accounts.pending(id);
    }
}
