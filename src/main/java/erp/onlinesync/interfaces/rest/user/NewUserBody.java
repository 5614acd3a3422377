package erp.onlinesync.interfaces.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /users}: a name, a password of at least 12 characters, role names, the ids of the
 * companies granted (the admin's acting company when absent).
 */
public record NewUserBody(@Schema(required = true) String name, @Schema(required = true, minLength = 12) String password,
        @Schema(description = "Role names: sync-admin, accountant, auditor") List<String> roles,
        @Schema(description = "Ids of the companies the user may act in, among the admin's own; the admin's acting company"
                + " when absent") List<Long> companies) {
}
