package erp.onlinesync.interfaces.rest.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /admin/neutralize}: the confirmation word, so that a stray call changes nothing. */
public record NeutralizeBody(@Schema(required = true, enumeration = NeutralizeResource.CONFIRMATION) String confirm) {
}
