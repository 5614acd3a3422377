package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads a link's chatter for people who audit it, in bounded slices: a client asks again with the
 * last id it got as {@code afterId} until a slice comes back empty.
 */
@Stateless
public class LinkMessages {

    /** Most messages in one slice: a link's whole history could be large. */
    public static final int MAX_PER_CALL = 1000;

    @Inject
    LinkQueries links;

    @Inject
    ChatterService chatter;

    /**
     * @param afterId 0 for the first slice, else the id of the last message already read
     * @return up to {@value #MAX_PER_CALL} messages with an id above {@code afterId}, oldest first
     * @throws BadRequestException {@code invalid-field} for a negative {@code afterId},
     *         {@code not-found} for an unknown link
     */
    public List<MessageView> after(long linkId, long afterId) {
        if (afterId < 0) {
            throw new BadRequestException("invalid-field", "after must be 0 or a message id");
        }
        links.require(linkId);
        return chatter.messages(linkId, afterId, MAX_PER_CALL).stream().map(MessageView::of).toList();
    }
}
