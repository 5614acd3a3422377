package erp.onlinesync.application.link;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.shared.Installation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Neutralizes a copied database (a test or training copy of production), as the reference product
 * does: every link disconnected with its tokens dropped and auto-sync off, each with a chatter
 * message, and a new installation id, so the copy never syncs, nor passes for the original, until an
 * admin reconnects its links.
 */
@ApplicationScoped
public class Neutralization {

    private static final Logger LOG = Logger.getLogger(Neutralization.class.getName());
    /** Links written and let go of at a time. */
    static final int SLICE = 200;

    @Inject
    OnlineLinks links;

    @Inject
    ChatterService chatter;

    @Inject
    Installation installation;

    /**
     * All or nothing, in one transaction, going through the links a slice at a time: one transaction
     * holding 10,000 links took longer at each message (measured: not done after five minutes).
     *
     * @return how many links were neutralized
     */
    @Transactional
    public int neutralize(String user) {
        int count = 0;
        for (List<OnlineLink> slice = links.after(0, SLICE); !slice.isEmpty();
                slice = links.after(slice.get(slice.size() - 1).getId(), SLICE)) {
            for (OnlineLink link : slice) {
                chatter.postAll(link, user, link.neutralized());
            }
            count += slice.size();
            links.releaseLoaded();
        }
        installation.renew(); // last: when it fails, the links stay as they were
        int neutralized = count;
        LOG.warning(() -> user + " neutralized this database: " + neutralized + " links disconnected, a new installation id");
        return count;
    }
}
