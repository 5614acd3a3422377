package erp.onlinesync.interfaces.rest.institution;

import erp.onlinesync.application.link.InstitutionSearch;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/institutions?country=BE&query=kbc}: the institutions the proxy can connect to. */
@Path("v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InstitutionResource {

    @Inject
    InstitutionSearch search;

    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    public List<Institution> list(@QueryParam("country") String country, @QueryParam("query") String query) {
        return search.search(country, query);
    }
}
