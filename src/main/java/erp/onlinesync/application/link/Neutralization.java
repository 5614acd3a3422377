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

    @Inject
    OnlineLinks links;

    @Inject
    ChatterService chatter;

    @Inject
    Installation installation;

    /** @return how many links were neutralized */
    @Transactional
    public int neutralize(String user) {
        List<OnlineLink> all = links.all();
        for (OnlineLink link : all) {
            chatter.postAll(link, user, link.neutralized());
        }
        installation.renew(); // last: when it fails, the links stay as they were
        LOG.warning(() -> user + " neutralized this database: " + all.size() + " links disconnected, a new installation id");
        return all.size();
    }
}
