package erp.onlinesync.interfaces.web.dashboard;

import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.link.LinkProblem;
import erp.onlinesync.application.link.LinkProblems;
import erp.onlinesync.interfaces.web.link.LinkCommands;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code index.xhtml}, the accounting dashboard: one card per bank journal with its balances,
 * last sync and link state, and a red banner with the advised button when its link needs a person.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalQueries journalQueries;

    @Inject
    LinkProblems linkProblems;

    @Inject
    LinkCommands commands;

    private List<JournalView> journals;
    private Map<Long, LinkProblem> problems;

    public void load() {
        journals = journalQueries.list();
        problems = linkProblems.current();
    }

    public void fetch(long linkId) {
        commands.fetch(linkId);
        load();
    }

    /** The banner's button: what the last error advised (reconnect, update credentials or fetch again). */
    public void fix(long linkId, String nextAction) {
        commands.fix(linkId, nextAction);
        load();
    }

    /** @return the problem of the journal's link, or null when it has none or no link */
    public LinkProblem problemOf(JournalView journal) {
        return journal.linkId() == null ? null : problems.get(journal.linkId());
    }

    public List<JournalView> getJournals() {
        return journals;
    }
}
