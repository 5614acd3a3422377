package erp.onlinesync.interfaces.rest.link;

import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/online-links}: the links and their accounts. */
@Path("v1/online-links")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OnlineLinkResource {

    @Inject
    LinkQueries links;

    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<LinkView> list() {
        return links.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public LinkView get(@PathParam("id") long id) {
        return links.get(id);
    }
}
