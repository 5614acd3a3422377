package erp.onlinesync.interfaces.web.dashboard;

import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.application.journal.BalanceHistory;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.link.LinkProblem;
import erp.onlinesync.application.link.LinkProblems;
import erp.onlinesync.application.reminder.ConsentWarning;
import erp.onlinesync.application.reminder.ConsentWarnings;
import erp.onlinesync.interfaces.web.link.LinkCommands;
import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code index.xhtml}, the accounting dashboard: one card per bank journal with its balances,
 * last sync, link state and a small chart of its balance, a red banner with the advised button
 * when its link needs a person, and a warning with Reconnect while its link's consent runs out soon.
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

    @Inject
    BalanceHistory balanceHistory;

    @Inject
    ConsentWarnings consentWarnings;

    private List<JournalView> journals;
    private Map<Long, LinkProblem> problems;
    private Map<Long, ConsentWarning> warnings;
    private Map<Long, BalanceChart> charts;

    public void load() {
        journals = journalQueries.list();
        problems = linkProblems.current();
        warnings = consentWarnings.current();
        charts = journals.stream().collect(Collectors.toMap(JournalView::id,
                j -> Sparkline.chart(balanceHistory.lastDays(j.id()), CurrencyCode.of(j.currencyCode()).displayDecimals())));
    }

    public void fetch(long linkId) {
        commands.fetch(linkId);
        load();
    }

    /** The banner's button: what the last error advised (reconnect, update credentials or fetch again). */
    public void fix(long linkId, NextAction nextAction) {
        commands.fix(linkId, nextAction);
        load();
    }

    /** The consent warning's button: the proxy's page to renew the consent, back to the link's page. */
    public void reconnect(long linkId) {
        commands.renew(linkId, NextAction.RECONNECT);
    }

    /** @return the consent warning of the journal's link, or null when its consent is not running out or it has no link */
    public ConsentWarning consentWarningOf(JournalView journal) {
        return journal.linkId() == null ? null : warnings.get(journal.linkId());
    }

    /** @return the problem of the journal's link, or null when it has none or no link */
    public LinkProblem problemOf(JournalView journal) {
        return journal.linkId() == null ? null : problems.get(journal.linkId());
    }

    /** @return the chart of the journal's balance over the last days */
    public BalanceChart chartOf(JournalView journal) {
        return charts.get(journal.id());
    }

    public List<JournalView> getJournals() {
        return journals;
    }
}
