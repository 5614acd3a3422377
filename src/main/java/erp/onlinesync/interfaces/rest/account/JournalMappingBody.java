package erp.onlinesync.interfaces.rest.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /online-accounts/{id}/journal}. */
public record JournalMappingBody(
        @Schema(required = true, nullable = true, description = "The journal's id, or null for a new bank journal in the"
                + " account's currency") Long journalId) {
}
