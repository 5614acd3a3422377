package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.duplicates.DuplicateGroup;
import erp.onlinesync.application.duplicates.DuplicateTransactionFinder;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code find-duplicates.xhtml?journal=}, the Find Duplicate Transactions wizard (accountant):
 * a start date, the groups of suspected duplicates, and the deletion of the ticked lines. The
 * service refuses reconciled lines and lines in closed books, all or nothing, and says why.
 */
@Named
@ViewScoped
public class FindDuplicatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far back the search starts by default. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    JournalPages journalPages;
    @Inject
    Clock clock;
    @Inject
    DuplicateTransactionFinder finder;

    private Long journalId;
    private JournalView journal;
    private LocalDate fromDate;
    private List<DuplicateGroup> groups;
    private final Map<Long, Boolean> ticked = new HashMap<>();

    /** Loads the journal; the search starts {@value #DEFAULT_DAYS} days back unless {@code ?from=} says otherwise. */
    public void load() {
        journal = journalPages.find(journalId);
        if (fromDate == null) {
            fromDate = LocalDate.now(clock).minusDays(DEFAULT_DAYS);
        }
    }

    public void find() {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME) || journal == null) {
            return;
        }
        try {
            groups = finder.find(journalId, fromDate);
            ticked.clear();
            if (groups.isEmpty()) {
                Pages.info("duplicates.none");
            }
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    /** Deletes the ticked lines, or none of them when one may not be deleted. */
    public void delete() {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME) || journal == null) {
            return;
        }
        List<Long> ids = ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            Pages.error("duplicates.nothing-ticked");
            return;
        }
        try {
            int deleted = finder.deleteLines(journalId, ids, Pages.user());
            Pages.info("duplicates.deleted", deleted);
            find();
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
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

    public List<DuplicateGroup> getGroups() {
        return groups;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }
}
