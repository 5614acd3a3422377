package erp.onlinesync.interfaces.rest.link;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /online-links/{id}}: each field optional, an absent one keeps its setting. */
@Schema(description = "The settings to change; an absent field keeps its value")
public record LinkSettingsBody(
        Boolean autoSync,
        @Schema(enumeration = {"day", "week", "month", "none"}) String statementPeriodicity,
        @Schema(description = "A mail address or a module user name") String renewalContact) {
}
