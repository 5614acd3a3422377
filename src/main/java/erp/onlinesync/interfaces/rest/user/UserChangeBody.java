package erp.onlinesync.interfaces.rest.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /users/{name}}: {@code active} false deactivates the user (no sign-in, history
 * kept), true reactivates; {@code password} sets a password the user must change at the next sign-in.
 */
public record UserChangeBody(Boolean active, @Schema(minLength = 12) String password) {
}
