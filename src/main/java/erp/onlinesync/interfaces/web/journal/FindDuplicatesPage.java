package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.duplicates.DuplicateGroup;
import erp.onlinesync.application.duplicates.DuplicateTransactionFinder;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
public class FindDuplicatesPage extends JournalWizardPage {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateTransactionFinder finder;

    private List<DuplicateGroup> groups;
    private final Map<Long, Boolean> ticked = new HashMap<>();

    @Override
    public void find() {
        if (!ready()) {
            return;
        }
        try {
            groups = finder.find(getJournalId(), getFromDate());
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
        if (!ready()) {
            return;
        }
        List<Long> ids = ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            Pages.error("duplicates.nothing-ticked");
            return;
        }
        try {
            int deleted = finder.deleteLines(getJournalId(), ids, Pages.user());
            Pages.info("duplicates.deleted", deleted);
            find();
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    public List<DuplicateGroup> getGroups() {
        return groups;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }
}
