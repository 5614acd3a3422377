package erp.onlinesync.application.housekeeping;

import erp.onlinesync.application.run.NodeName;
import erp.onlinesync.application.webhook.WebhookService;
import erp.onlinesync.domain.link.UnfinishedRemoval;
import erp.onlinesync.domain.shared.JobPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clean-up, once a day across all nodes: the node that claims the day ({@link JobPeriods}) does it,
 * the others skip. It
 * <ul>
 * <li>removes the links never finished: no account mapped to a journal and created more than
 * {@code sync.housekeeping.unfinished-link-days} (default 30) days ago. A link without runs is deleted
 * with its accounts, their pending transactions and its connect requests; {@code sync_run.link_id} refers
 * to the link, so one that has runs keeps its row and runs and is disconnected with its tokens dropped
 * instead ({@link erp.onlinesync.domain.link.OnlineLink#removalAsUnfinished}). Either way a chatter
 * message on the link's record tells of it, and its chatter stays (messages name the record, they hold no
 * foreign key). Such a link holds no statement lines: lines come only to mapped accounts, and a mapping
 * is never undone;</li>
 * <li>deletes connect requests expired more than a day ago;</li>
 * <li>forgets webhook signatures older than the replay window and an hour (each webhook call forgets the
 * older ones too, but a night without calls would keep them).</li>
 * </ul>
 * It logs one INFO line with the counts. A link whose removal fails is logged and the clean-up goes on
 * with the next; it is tried again the next night.
 */
@ApplicationScoped
public class Housekeeping {

    /** The job's name in {@code scheduled_job_run}. */
    public static final String JOB = "housekeeping";
    /** Expired connect requests kept a day: a person coming back late is told "expired", not "unknown". */
    static final Duration CONNECT_REQUEST_GRACE = Duration.ofDays(1);
    /** Receipts kept past the replay window, so that a node whose clock is a little ahead forgets none too soon. */
    static final Duration RECEIPT_MARGIN = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    JobPeriods periods;

    @Inject
    NodeName node;

    @Inject
    HousekeepingSteps steps;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sync.housekeeping.unfinished-link-days", defaultValue = "30")
    int unfinishedLinkDays;

    /**
     * Cleans up for {@code day} when this node wins the day's claim.
     *
     * @param day the day the timer fired on, named alike by every node
     * @return what was done, or empty when another node has the day
     */
    public Optional<HousekeepingCounts> runFor(LocalDate day) {
        Instant now = Instant.now(clock);
        if (!periods.claim(JOB, day.toString(), node.name(), now)) {
            LOG.fine(() -> "Another node does the clean-up of " + day);
            return Optional.empty();
        }
        Instant createdBefore = now.minus(Duration.ofDays(unfinishedLinkDays));
        int deleted = 0;
        int disconnected = 0;
        int failed = 0;
        for (Long linkId : steps.unfinishedLinks(createdBefore)) {
            try {
                UnfinishedRemoval removal = steps.removeUnfinished(linkId, createdBefore);
                deleted += removal == UnfinishedRemoval.DELETE ? 1 : 0;
                disconnected += removal == UnfinishedRemoval.DISCONNECT ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "The clean-up could not remove the unfinished link " + linkId, e);
            }
        }
        HousekeepingCounts counts = new HousekeepingCounts(deleted, disconnected, failed,
                steps.pruneConnectRequests(now.minus(CONNECT_REQUEST_GRACE)),
                steps.pruneWebhookReceipts(now.minus(WebhookService.REPLAY_WINDOW).minus(RECEIPT_MARGIN)));
        LOG.info(() -> "Clean-up of " + day + " on " + node.name() + ": " + counts.describe());
        return Optional.of(counts);
    }
}
