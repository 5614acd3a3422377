package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.missing.MissingTransactionFinder;
import erp.onlinesync.application.missing.MissingTransactionView;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code find-missing.xhtml?journal=}, the Find Missing Transactions wizard (accountant): a start
 * date, the bank's posted transactions the journal lacks, and the import of the selected ones.
 */
@Named
@ViewScoped
public class FindMissingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far back the search starts by default. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    JournalPages journalPages;
    @Inject
    Clock clock;
    @Inject
    MissingTransactionFinder finder;

    private Long journalId;
    private JournalView journal;
    private LocalDate fromDate;
    private List<MissingTransactionView> missing;
    private List<MissingTransactionView> selected = List.of();

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
            missing = finder.find(journalId, fromDate);
            selected = List.of();
            if (missing.isEmpty()) {
                Pages.info("missing.none");
            }
        } catch (BadRequestException | ProxyException | EJBException e) {
            Pages.refused(e);
        }
    }

    public void importSelected() {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME) || journal == null) {
            return;
        }
        if (selected == null || selected.isEmpty()) {
            Pages.error("missing.nothing-selected");
            return;
        }
        try {
            int imported = finder.importSelected(journalId, fromDate,
                    selected.stream().map(MissingTransactionView::onlineTransactionIdentifier).toList(), Pages.user());
            Pages.info("missing.imported", imported);
            find();
        } catch (BadRequestException | ProxyException | EJBException e) {
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

    public List<MissingTransactionView> getMissing() {
        return missing;
    }

    public List<MissingTransactionView> getSelected() {
        return selected;
    }

    public void setSelected(List<MissingTransactionView> selected) {
        this.selected = selected;
    }
}
