package erp.onlinesync.interfaces.rest.account;

import erp.onlinesync.application.link.LinkView.AccountView;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.link.PendingTransactionView;
import erp.onlinesync.domain.user.Role;
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
import java.util.Set;

/** {@code /api/v1/online-accounts}: an account's journal mapping and its pending transactions. */
@Path("v1/online-accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
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
    public AccountView mapToJournal(@PathParam("id") long id, String body) {
        Long journalId = JsonBody.parse(body, Set.of(JOURNAL_ID)).requiredNullableId(JOURNAL_ID).orElse(null);
        return accounts.mapToJournal(id, journalId, security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id}/pending")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<PendingTransactionView> pending(@PathParam("id") long id) {
        return accounts.pending(id);
    }
}
