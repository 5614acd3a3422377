package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/journals}: the bank journals. */
@Path("v1/journals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class JournalResource {

    @Inject
    JournalQueries journals;

    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<JournalView> list() {
        return journals.list();
    }
}
