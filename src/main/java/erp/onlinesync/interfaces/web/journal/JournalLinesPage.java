package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.RecordMessages;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.journal.StatementLineQueries;
import erp.onlinesync.application.journal.StatementQueries;
import erp.onlinesync.application.journal.StatementView;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.link.PendingTransactionView;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.ChatterPanel;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code journal-lines.xhtml?id=}: a journal's statement lines in a lazy table with a date range,
 * and apart, in grey, the pending transactions of its online account (not lines yet: the bank may
 * still change them), its recent bank statements and its chatter.
 */
@Named
@ViewScoped
public class JournalLinesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHATTER_SLICE = 30;

    @Inject
    JournalPages journalPages;
    @Inject
    StatementLineQueries lineQueries;
    @Inject
    OnlineAccounts onlineAccounts;
    @Inject
    StatementQueries statementQueries;
    @Inject
    RecordMessages chatterRecords;

    private Long id;
    private JournalView journal;
    private LocalDate from;
    private LocalDate to;
    private boolean newestFirst;
    private StatementLineModel lines;
    private List<PendingTransactionView> pending = List.of();
    private List<StatementView> statements = List.of();
    private final ChatterPanel chatterPanel = new ChatterPanel(CHATTER_SLICE);

    /** Loads the journal for accountants; auditors read the chatter only. */
    public void load() {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME)) {
            return;
        }
        journal = journalPages.find(id);
        if (journal != null) {
            pending = journal.onlineAccountId() == null ? List.of() : onlineAccounts.pending(journal.onlineAccountId());
            statements = statementQueries.recent(id);
            chatterPanel.reload(slice -> chatterRecords.before(chatterRecords.journal(id), slice));
            filter();
        }
    }

    /** Applies the date range; a range ending before it starts is refused with a message. */
    public void filter() {
        if (from != null && to != null && from.isAfter(to)) {
            Pages.error("lines.bad-range");
            return;
        }
        try {
            lines = new StatementLineModel(lineQueries, id, from, to, newestFirst);
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    /** Adds the slice of the journal's messages below the oldest one shown. */
    public void loadOlderMessages() {
        chatterPanel.loadOlder(slice -> chatterRecords.before(chatterRecords.journal(id), slice));
    }

    public void toggleChatterOrder() {
        chatterPanel.toggleOrder();
    }

    /** @return the journal's chatter: file imports, lines deleted by the wizards */
    public ChatterPanel getChatter() {
        return chatterPanel;
    }

    /** Turns the order by date around and shows the first page again. */
    public void toggleOrder() {
        newestFirst = !newestFirst;
        filter();
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public JournalView getJournal() {
        return journal;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public StatementLineModel getLines() {
        return lines;
    }

    public List<StatementView> getStatements() {
        return statements;
    }

    public List<PendingTransactionView> getPending() {
        return pending;
    }
}
