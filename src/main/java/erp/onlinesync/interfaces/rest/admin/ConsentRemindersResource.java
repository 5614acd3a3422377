package erp.onlinesync.interfaces.rest.admin;

import erp.onlinesync.application.reminder.ConsentReminderJob;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/consent-reminders}: sends now the consent reminders due today that no node sent
 * yet, as the daily timer would (after mail settings were fixed, or to check them); a reminder already sent
 * is never sent again, so calling it twice is harmless. Answers {@code {"reminders_sent": n}}, the reminders
 * this call sent.
 */
@Path("v1/admin/consent-reminders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.SYNC_ADMIN_NAME)
@Tag(name = "Administration")
public class ConsentRemindersResource {

    @Inject
    ConsentReminderJob job;

    @Inject
    Clock clock;

    @POST
    @Operation(operationId = "sendConsentReminders", summary = "Send the consent reminders due today",
            description = "Those no node sent yet, as the daily timer would; calling it twice is harmless. Role:"
                    + " sync-admin.")
    @APIResponse(responseCode = "200", description = "How many reminders this call sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RemindersSent")))
    public Map<String, Integer> send() {
        return Map.of("reminders_sent", job.sendDue(LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
    }
}
