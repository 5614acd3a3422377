package erp.onlinesync.interfaces.rest.link;

import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import erp.onlinesync.interfaces.rest.JsonBody;
import erp.onlinesync.interfaces.web.connect.ConnectCallbackServlet;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/online-links/connect}: where to send the browser to connect a bank. */
@Path("v1/online-links/connect")
@RequestScoped
@Tag(name = "Links")
public class ConnectResource {

    @Inject
    ConnectService connect;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "connectBank", summary = "Start connecting a bank",
            description = "Answers where to send the browser: the proxy sends it back to the module, which creates or"
                    + " updates the link. Role: sync-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConnectBody.class)))
    @APIResponse(responseCode = "200", description = "Where to send the browser",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Redirect")))
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public Map<String, String> connect(String text, @Context SecurityContext security, @Context UriInfo uri) {
        JsonBody body = JsonBody.parse(text, ConnectBody.class);
        var callback = uri.getBaseUri().resolve("../" + ConnectCallbackServlet.PATH.substring(1));
        return Map.of("redirect_url", connect.start(security.getUserPrincipal().getName(),
                body.stringOrNull("mode").orElse(null), body.stringOrNull("institution_id").orElse(null),
                body.idOrNull("link_id").orElse(null), body.dateOrNull("start_date").orElse(null), callback).toString());
    }
}
