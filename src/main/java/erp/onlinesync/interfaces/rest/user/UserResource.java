package erp.onlinesync.interfaces.rest.user;

import erp.onlinesync.application.user.InvalidUserException;
import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.ModuleUser;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import erp.onlinesync.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/users}: the people who may sign in, managed by a sync-admin. Not in the first
 * contract: an admin needs it to give accountants and auditors their accounts.
 */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.SYNC_ADMIN_NAME)
@Tag(name = "Users")
public class UserResource {

    static final String COMPANIES = "companies";

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    /** A user as listed: name, roles (as role names), the ids of the companies granted, creation time, whether they may sign in. */
    public record UserView(String name, List<String> roles, List<Long> companies, Instant createdAt, boolean active,
            boolean passwordChangeRequired) {
        static UserView of(ModuleUser u) {
            return new UserView(u.getUserName(), u.getRoles().stream().map(Role::roleName).toList(), List.copyOf(u.getCompanies()),
                    u.getCreatedAt(), u.isActive(), u.isPasswordChangeRequired());
        }
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List the users",
            description = "Role: sync-admin.")
    @APIResponse(responseCode = "200", description = "The users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UserView.class)))
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "Role: sync-admin. companies: the ids of the companies the user may act in, among the admin's"
                    + " own (403 company-not-granted otherwise); the admin's acting company unless given. Told in the module's"
                    + " chatter.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewUserBody.class)))
    @APIResponse(responseCode = "201", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    public Response create(String body) {
        JsonBody fields = JsonBody.parse(body, NewUserBody.class);
        String name = fields.requiredString("name");
        Secret password = Secret.of(fields.requiredString("password"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : fields.strings("roles").orElse(List.of())) {
            try {
                roles.add(Role.fromName(role));
            } catch (IllegalArgumentException e) {
                throw new InvalidUserException("invalid-field", e.getMessage());
            }
        }
        ModuleUser created = users.create(security.getUserPrincipal().getName(), name, password, roles,
                fields.ids(COMPANIES).orElse(null));
        return Response.status(Response.Status.CREATED).entity(UserView.of(created)).build();
    }

    @PATCH
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeUser", summary = "Deactivate, reactivate a user, reset their password or set their companies",
            description = "Role: sync-admin. A reset password must be changed at the user's next sign-in; an admin cannot"
                    + " deactivate themselves; companies replaces the companies the user may act in, among the admin's own"
                    + " (403 company-not-granted otherwise). Each change is told in the module's chatter.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserChangeBody.class)))
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    public UserView change(@PathParam("name") String name, String body) {
        JsonBody fields = JsonBody.parse(body, UserChangeBody.class);
        String admin = security.getUserPrincipal().getName();
        fields.string("password").ifPresent(password -> users.resetPassword(admin, name, Secret.of(password)));
        fields.bool("active").ifPresent(active -> users.setActive(admin, name, active));
        fields.ids(COMPANIES).ifPresent(companies -> users.setCompanies(admin, name, companies));
        return UserView.of(users.find(name));
    }
}
