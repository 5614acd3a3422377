package erp.onlinesync.interfaces.rest.chatter;

import erp.onlinesync.application.chatter.RecordMessages;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/journals/{id}/messages}: a journal's chatter (file imports, lines deleted by the
 * wizards), read like a link's ({@link LinkMessagesResource}), with its chain check.
 */
@Path("v1/journals/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Chatter")
public class JournalMessagesResource {

    @Inject
    RecordMessages messages;

    @GET
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "listJournalMessages", summary = "List a journal's chatter",
            description = "File imports and wizard deletions; oldest first, in slices: ask again with the last id as after."
                    + " Role: auditor.")
    @APIResponse(responseCode = "200", description = "The messages", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class)))
    public List<MessageView> list(@PathParam("id") long id, @Parameter(description = "Only messages with a greater id",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("after") String after,
            @Parameter(description = "Messages per slice, 100 unless given",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) @QueryParam("limit") String limit) {
        return messages.after(messages.journal(id), QueryParams.afterSlice(after, limit));
    }

    @GET
    @Path("verify")
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "verifyJournalMessages", summary = "Check a journal's chatter chain",
            description = "Whether every message is sealed to the one before it. Role: auditor.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ChainCheck")))
    public ChainCheck verify(@PathParam("id") long id) {
        return messages.verify(messages.journal(id));
    }
}
