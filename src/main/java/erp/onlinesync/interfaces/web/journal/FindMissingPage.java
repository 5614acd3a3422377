package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.missing.MissingTransactionFinder;
import erp.onlinesync.application.missing.MissingTransactionSearch;
import erp.onlinesync.application.missing.MissingTransactionView;
import erp.onlinesync.application.missing.MissingTransactions;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code find-missing.xhtml?journal=}, the Find Missing Transactions wizard (accountant): a start
 * date (at most {@value MissingTransactionSearch#MAX_DAYS} days back), the bank's posted transactions
 * the journal lacks (at most {@value MissingTransactionSearch#MAX_RESULTS}, with the ones deleted on
 * purpose marked), and the import of the selected ones, which brings deleted ones back.
 */
@Named
@ViewScoped
public class FindMissingPage extends JournalWizardPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MissingTransactionFinder finder;

    private List<MissingTransactionView> missing;
    private List<MissingTransactionView> selected = List.of();

    @Override
    public void find() {
        if (!ready()) {
            return;
        }
        try {
            MissingTransactions found = finder.find(getJournalId(), getFromDate());
            missing = found.transactions();
            selected = List.of();
            if (missing.isEmpty()) {
                Pages.info("missing.none");
            }
            if (!found.complete()) {
                Pages.info("missing.more", MissingTransactionSearch.MAX_RESULTS);
            }
        } catch (BadRequestException | ProxyException | EJBException e) {
            Pages.refused(e);
        }
    }

    public void importSelected() {
        if (!ready()) {
            return;
        }
        if (selected == null || selected.isEmpty()) {
            Pages.error("missing.nothing-selected");
            return;
        }
        try {
            int imported = finder.importSelected(getJournalId(), getFromDate(),
                    selected.stream().map(MissingTransactionView::onlineTransactionIdentifier).toList(), Pages.user());
            Pages.info("missing.imported", imported);
            find();
        } catch (BadRequestException | ProxyException | EJBException e) {
            Pages.refused(e);
        }
    }

    /** The caps, stated on the screen. */
    public int getMaxDays() {
        return MissingTransactionSearch.MAX_DAYS;
    }

    public int getMaxResults() {
        return MissingTransactionSearch.MAX_RESULTS;
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
