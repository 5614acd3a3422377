package erp.onlinesync.interfaces.rest.chatter;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.RecordMessages;
import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.AuditTrailWriter;
import erp.onlinesync.application.link.LinkAudit;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.link.Slice;
import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/online-links/{id}/messages?after=&limit=}: a link's chatter, oldest first, in slices
 * of {@code limit} messages (see {@link Slice}); ask again with the last id as {@code after} until a
 * slice comes back shorter than the limit.
 */
@Path("v1/online-links/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Chatter")
public class LinkMessagesResource {

    @Inject
    RecordMessages messages;

    @Inject
    LinkAudit audit;

    @Inject
    Instance<AuditTrailWriter> writers;

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "listLinkMessages", summary = "List a link's chatter",
            description = "Oldest first, in slices: ask again with the last id as after. Role: auditor.")
    @APIResponse(responseCode = "200", description = "The messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class)))
    public List<MessageView> list(@PathParam("id") long id,
            @Parameter(description = "Only messages with a greater id", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("after") String after,
            @Parameter(description = "Messages per slice, 100 unless given",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("limit") String limit) {
        return messages.after(messages.link(id), QueryParams.afterSlice(after, limit));
    }

    /** Whether the link's chatter is as it was written: every message sealed to the one before it. */
    @GET
    @Path("verify")
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "verifyLinkMessages", summary = "Check a link's chatter chain",
            description = "Whether every message is sealed to the one before it. Role: auditor.")
    @APIResponse(responseCode = "200", description = "The check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChainCheck")))
    public ChainCheck verify(@PathParam("id") long id) {
        return messages.verify(messages.link(id));
    }

    /**
     * The link's chatter and runs between {@code from} and {@code to} (days, UTC, both included) as a
     * file, with the chain's verification.
     *
     * @param format {@code csv} or {@code pdf}
     */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.AUDITOR_NAME)
    @Operation(operationId = "exportLinkAudit", summary = "Export a link's audit trail",
            description = "The chatter and runs between from and to (days, UTC, both included) as CSV or PDF, with the"
                    + " chain check. Role: auditor.")
    @APIResponse(responseCode = "200", description = "The file", content = {
        @Content(mediaType = "text/csv"), @Content(mediaType = "application/pdf")})
    public Response export(@PathParam("id") long id,
            @Parameter(required = true, schema = @Schema(enumeration = {"csv", "pdf"})) @QueryParam("format") String format,
            @Parameter(description = "The first day, included", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day, included", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to, @Context SecurityContext security) {
        AuditTrailWriter writer = writers.stream().filter(w -> w.format().equals(format)).findFirst()
                .orElseThrow(() -> new BadRequestException("invalid-field", "format: csv or pdf"));
        AuditTrail trail = audit.trail(id, QueryParams.date("from", from), QueryParams.date("to", to),
                security.getUserPrincipal().getName());
        StreamingOutput file = out -> writer.write(trail, out);
        return Response.ok(file, writer.mediaType())
                .header("Content-Disposition", "attachment; filename=\"link-" + id + "-audit." + format + "\"").build();
    }
}
