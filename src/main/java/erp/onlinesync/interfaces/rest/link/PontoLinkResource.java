package erp.onlinesync.interfaces.rest.link;

import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/online-links/ponto}: a direct MyPonto link, without the proxy. */
@Path("v1/online-links/ponto")
@RequestScoped
@Tag(name = "Links")
public class PontoLinkResource {

    @Inject
    ConnectService connect;

    @Inject
    LinkQueries links;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "connectPonto", summary = "Connect MyPonto directly",
            description = "Checks the integration's Client ID and Client Secret with MyPonto, creates the link (provider"
                    + " type ponto_direct) with its accounts mapped to journals and starts the first fetch. The secret is"
                    + " kept sealed and never returned. Role: sync-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PontoLinkBody.class)))
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public Response connect(String text, @Context SecurityContext security, @Context UriInfo uri) {
        JsonBody body = JsonBody.parse(text, PontoLinkBody.class);
        String secret = body.stringOrNull("client_secret").orElse(null);
        long id = connect.connectPonto(security.getUserPrincipal().getName(), body.stringOrNull("name").orElse(null),
                body.stringOrNull("client_id").orElse(null), secret == null || secret.isEmpty() ? null : Secret.of(secret),
                body.dateOrNull("start_date").orElse(null));
        return Response.created(uri.getBaseUriBuilder().path("v1/online-links/{id}").build(id)).entity(links.get(id)).build();
    }
}
