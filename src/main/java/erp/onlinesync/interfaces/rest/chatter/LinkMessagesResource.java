package erp.onlinesync.interfaces.rest.chatter;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.AuditTrailWriter;
import erp.onlinesync.application.link.LinkAudit;
import erp.onlinesync.application.link.LinkMessages;
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

/**
 * {@code /api/v1/online-links/{id}/messages?after=&limit=}: a link's chatter, oldest first, in slices
 * of {@code limit} messages (see {@link Slice}); ask again with the last id as {@code after} until a
 * slice comes back shorter than the limit.
 */
@Path("v1/online-links/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LinkMessagesResource {

    @Inject
    LinkMessages messages;

    @Inject
    LinkAudit audit;

    @Inject
    Instance<AuditTrailWriter> writers;

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @RolesAllowed(Role.AUDITOR_NAME)
    public List<MessageView> list(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return messages.after(id, Slice.after(QueryParams.whole("after", after), QueryParams.integer("limit", limit)));
    }

    /** Whether the link's chatter is as it was written: every message sealed to the one before it. */
    @GET
    @Path("verify")
    @RolesAllowed(Role.AUDITOR_NAME)
    public ChainCheck verify(@PathParam("id") long id) {
        return messages.verify(id);
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
    public Response export(@PathParam("id") long id, @QueryParam("format") String format, @QueryParam("from") String from,
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
