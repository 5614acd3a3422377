package erp.onlinesync.interfaces.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /users/{name}}: {@code active} false deactivates the user (no sign-in, history
 * kept), true reactivates; {@code password} sets a password the user must change at the next sign-in;
 * {@code companies} replaces the companies the user may act in.
 */
public record UserChangeBody(Boolean active, @Schema(minLength = 12) String password,
        @Schema(description = "Ids of the companies the user may act in from now on, among the admin's own") List<Long> companies) {
}
