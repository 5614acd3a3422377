package erp.onlinesync.interfaces.rest.institution;

import erp.onlinesync.application.link.InstitutionSearch;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** {@code /api/v1/institutions?country=BE&query=kbc}: the institutions the proxy can connect to. */
@Path("v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Institutions")
public class InstitutionResource {

    @Inject
    InstitutionSearch search;

    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "listInstitutions", summary = "Search the institutions",
            description = "The banks the proxy can connect to in a country. Role: accountant.")
    @APIResponse(responseCode = "200", description = "The institutions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Institution.class)))
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public List<Institution> list(
            @Parameter(description = "ISO 3166 two-letter code", example = "BE") @QueryParam("country") String country,
            @Parameter(description = "Part of the name", example = "kbc") @QueryParam("query") String query) {
        return search.search(country, query);
    }
}
