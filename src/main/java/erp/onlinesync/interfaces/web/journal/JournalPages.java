package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finds the journal a journal page is about ({@code ?id=} or {@code ?journal=}), with a message when there is none. */
@ApplicationScoped
public class JournalPages {

    @Inject
    JournalQueries journalQueries;

    /** @return the journal, or null after adding "no such journal" to the page's messages */
    public JournalView find(Long journalId) {
        JournalView journal = journalId == null ? null : journalQueries.list().stream()
                .filter(j -> j.id().equals(journalId)).findFirst().orElse(null);
        if (journal == null) {
            Pages.error("journal.not-found");
        }
        return journal;
    }
}
