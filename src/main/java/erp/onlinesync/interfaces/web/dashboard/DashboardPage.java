package erp.onlinesync.interfaces.web.dashboard;

import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code index.xhtml}, the accounting dashboard: one card per bank journal. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalQueries journalQueries;

    private List<JournalView> journals;

    public void load() {
        journals = journalQueries.list();
    }

    public List<JournalView> getJournals() {
        return journals;
    }
}
