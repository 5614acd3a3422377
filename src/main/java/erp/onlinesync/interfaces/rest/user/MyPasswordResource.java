package erp.onlinesync.interfaces.rest.user;

import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.interfaces.rest.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/me/password}: every signed-in user changes their own password, whatever their role. */
@Path("v1/me/password")
@RequestScoped
@Tag(name = "Users")
public class MyPasswordResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "Change one's own password",
            description = "Any signed-in user; the current password must be given. Told in the module's chatter.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PasswordChangeBody.class)))
    @APIResponse(responseCode = "204", description = "Changed")
    public Response change(String body) {
        JsonBody fields = JsonBody.parse(body, PasswordChangeBody.class);
        users.changeOwnPassword(security.getUserPrincipal().getName(), Secret.of(fields.string("current_password").orElse("")),
                Secret.of(fields.string("new_password").orElse("")));
        return Response.noContent().build();
    }
}
