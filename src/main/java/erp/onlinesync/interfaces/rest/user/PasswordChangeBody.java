package erp.onlinesync.interfaces.rest.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /me/password}: the current password proves it is the user, the new one replaces it. */
public record PasswordChangeBody(@Schema(required = true) String currentPassword,
        @Schema(required = true, minLength = 12) String newPassword) {
}
