package erp.onlinesync.interfaces.rest.chatter;

import erp.onlinesync.application.link.LinkMessages;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.link.Slice;
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

    /** Parameters arrive as text: see {@link QueryParams} for why. */
    @GET
    @RolesAllowed(Role.AUDITOR_NAME)
    public List<MessageView> list(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return messages.after(id, Slice.after(QueryParams.whole("after", after), QueryParams.integer("limit", limit)));
    }
}
