package erp.onlinesync.interfaces.rest.company;

import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.application.company.CompanyView;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/companies}: the companies the user may act in. Every other call acts in the one its
 * header {@code X-Company} names (see {@link erp.onlinesync.interfaces.rest.CompanyHeader}).
 */
@Path("v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Companies")
public class CompaniesResource {

    @Inject
    CompanyAccess access;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "listCompanies", summary = "List the companies the user may act in",
            description = "By id; the first is the one a call acts in when its header X-Company names none. Role: auditor.")
    @APIResponse(responseCode = "200", description = "The companies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CompanyView.class)))
    public List<CompanyView> list() {
        return access.granted(security.getUserPrincipal().getName());
    }
}
