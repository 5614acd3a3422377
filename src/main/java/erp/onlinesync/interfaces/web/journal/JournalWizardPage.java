package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the journal wizards share ({@code ?journal=} and {@code ?from=}, the accountant's right, the
 * default start date): Find Duplicates and Find Missing differ only in what they search and do.
 */
public abstract class JournalWizardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far back a search starts by default. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    JournalPages journalPages;
    @Inject
    Clock clock;

    private Long journalId;
    private JournalView journal;
    private LocalDate fromDate;

    /** Loads the journal; the search starts {@value #DEFAULT_DAYS} days back unless {@code ?from=} says otherwise. */
    public void load() {
        journal = journalPages.find(journalId);
        if (fromDate == null) {
            fromDate = LocalDate.now(clock).minusDays(DEFAULT_DAYS);
        }
    }

    /** Searches from {@link #getFromDate()}. */
    public abstract void find();

    /** @return true when the person may use the wizard and the journal exists; else a message says why */
    protected boolean ready() {
        return Pages.allowed(Role.ACCOUNTANT_NAME) && journal != null;
    }

    public Long getJournalId() {
        return journalId;
    }

    public void setJournalId(Long journalId) {
        this.journalId = journalId;
    }

    public JournalView getJournal() {
        return journal;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }
}
