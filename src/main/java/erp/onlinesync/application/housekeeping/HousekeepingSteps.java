package erp.onlinesync.application.housekeeping;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.link.UnfinishedRemoval;
import erp.onlinesync.domain.proxy.WebhookReceipts;
import erp.onlinesync.domain.run.SyncRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/**
 * The database steps of the clean-up, each in a transaction of its own, so that a link that cannot be
 * removed rolls back alone and the others go on. The rule of which link goes and how is the link's
 * ({@link OnlineLink#removalAsUnfinished}); this class gathers the facts it needs and carries it out.
 */
@ApplicationScoped
public class HousekeepingSteps {

    @Inject
    OnlineLinks links;

    @Inject
    SyncRuns runs;

    @Inject
    WebhookReceipts receipts;

    @Inject
    ChatterService chatter;

    /** @return the ids of the links the clean-up removes now, in id order */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> unfinishedLinks(Instant createdBefore) {
        return links.all().stream().filter(l -> removal(l, createdBefore) != UnfinishedRemoval.NONE)
                .map(OnlineLink::getId).toList();
    }

    /**
     * Removes the link if it still qualifies (a person may have mapped an account since it was listed),
     * with a chatter message on its record, which stays when the row goes.
     *
     * @return what was done: {@link UnfinishedRemoval#NONE} when the link no longer qualifies or is gone
     * @throws RuntimeException when the removal fails; nothing of it is then kept
     */
    @Transactional(TxType.REQUIRES_NEW)
    public UnfinishedRemoval removeUnfinished(long linkId, Instant createdBefore) {
        OnlineLink link = links.find(linkId).orElse(null);
        UnfinishedRemoval removal = link == null ? UnfinishedRemoval.NONE : removal(link, createdBefore);
        if (removal != UnfinishedRemoval.NONE) {
            chatter.postAll(link, null, link.removedAsUnfinished(removal == UnfinishedRemoval.DISCONNECT));
        }
        if (removal == UnfinishedRemoval.DELETE) {
            links.delete(link);
        }
        return removal;
    }

    /** @return how many connect requests expiring before {@code expiredBefore} were deleted */
    @Transactional(TxType.REQUIRES_NEW)
    public int pruneConnectRequests(Instant expiredBefore) {
        return links.deleteConnectRequestsExpiredBefore(expiredBefore);
    }

    /** @return how many webhook signatures received before {@code receivedBefore} were forgotten */
    @Transactional(TxType.REQUIRES_NEW)
    public int pruneWebhookReceipts(Instant receivedBefore) {
        return receipts.forgetBefore(receivedBefore);
    }

    private UnfinishedRemoval removal(OnlineLink link, Instant createdBefore) {
        return link.removalAsUnfinished(createdBefore, !links.mappedAccounts(link.getId()).isEmpty(),
                runs.existFor(link.getId()));
    }
}
