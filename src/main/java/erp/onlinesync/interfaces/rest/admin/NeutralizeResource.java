package erp.onlinesync.interfaces.rest.admin;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.Neutralization;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/neutralize} with {@code {"confirm": "neutralize"}}: run on a copy of the
 * production database before it starts syncing (see README). The confirmation word keeps a stray call
 * from cutting a production installation off its banks.
 */
@Path("v1/admin/neutralize")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.SYNC_ADMIN_NAME)
@Tag(name = "Administration")
public class NeutralizeResource {

    static final String CONFIRMATION = "neutralize";

    @Inject
    Neutralization neutralization;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "neutralize", summary = "Neutralize a copied database",
            description = "Cuts every link off its bank, for a copy of production; see README. Role: sync-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeutralizeBody.class)))
    @APIResponse(responseCode = "200", description = "How many links were cut off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Neutralized")))
    public Map<String, Integer> neutralize(String body) {
        String confirm = JsonBody.parse(body, NeutralizeBody.class).string("confirm").orElse("");
        if (!CONFIRMATION.equals(confirm)) {
            throw new BadRequestException("invalid-field", "confirm: must be \"" + CONFIRMATION + "\" to neutralize this database");
        }
        return Map.of("neutralized_links", neutralization.neutralize(security.getUserPrincipal().getName()));
    }
}
