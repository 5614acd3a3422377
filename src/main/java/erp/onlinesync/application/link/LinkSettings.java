package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.chatter.TrackedChange;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.ProxyException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Changes a link's settings and state on a person's request, each change with its chatter message
 * in the same transaction: the settings with one tracking message, the disconnection with an action
 * message. Proxy calls happen before, outside these transactions (see {@link LinkDisconnection}).
 */
@Stateless
public class LinkSettings {

    static final String SETTINGS_CHANGED = "Synchronization settings changed";
    static final String ALREADY_GONE = "The proxy had already forgotten the link";

    @Inject
    LinkQueries links;

    @Inject
    ChatterService chatter;

    /**
     * Applies the change and writes one {@link MessageKind#TRACKING} message with a tracked change
     * per changed field; a request that changes nothing writes no message.
     *
     * @param user the user name of the person asking, the message's author
     * @return the link as it is now
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public LinkView update(long linkId, LinkSettingsChange change, String user) {
        OnlineLink link = links.require(linkId);
        List<TrackedChange> changes = change.diff(link.isAutoSync(), link.getStatementPeriodicity(), link.getRenewalContact());
        link.configure(change.autoSync(), change.statementPeriodicity(), change.renewalContact());
        if (!changes.isEmpty()) {
            chatter.post(link, user, new ChatterEntry(MessageKind.TRACKING, SETTINGS_CHANGED, null, null, changes));
        }
        return links.get(linkId);
    }

    /**
     * Marks the link {@link LinkState#DISCONNECTED} with auto-sync off, keeping its accounts, runs,
     * lines and chatter, and writes "Disconnected by {@code user}".
     *
     * @param alreadyGone the proxy's answer when it had already forgotten the link (its code and
     *        reference go into the message), or null
     * @return the link as it is now
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public LinkView markDisconnected(long linkId, String user, ProxyException alreadyGone) {
        OnlineLink link = links.require(linkId);
        String body = "Disconnected by " + user;
        if (alreadyGone == null) {
            chatter.post(link, user, MessageKind.ACTION, body);
        } else {
            chatter.post(link, user, MessageKind.ACTION, body + ". " + ALREADY_GONE)
                    .withError(alreadyGone.code(), alreadyGone.errorReference());
        }
        chatter.postAll(link, user, link.disconnected());
        return links.get(linkId);
    }
}
