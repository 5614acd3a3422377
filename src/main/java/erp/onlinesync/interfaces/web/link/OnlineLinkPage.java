package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.RecordMessages;
import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkRuns;
import erp.onlinesync.application.link.LinkSettings;
import erp.onlinesync.application.link.LinkSettingsChange;
import erp.onlinesync.application.link.LinkView.AccountView;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.link.Slice;
import erp.onlinesync.application.run.RunProgress;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.link.RenewalContact;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.ChatterPanel;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code online-link.xhtml?id=}: one link's form (settings, accounts and their journals, recent
 * runs, the buttons) with its chatter beside it. The chatter and the runs come a slice at a time,
 * newest first, with a button for older ones, so a link with years of history opens at once. While
 * a run is queued, running or waiting the page polls every 2 seconds and reads only what moves: the
 * link with its accounts, the runs shown and the messages newer than those shown (never the journals,
 * whose balances the dashboard needs and this page does not). An unknown id shows a message and
 * nothing else.
 */
@Named
@ViewScoped
public class OnlineLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The option that maps an account to a journal created for it. */
    public static final long NEW_JOURNAL = 0L;
    /** Messages in each slice of the chatter: a screen and a half. */
    public static final int CHATTER_SLICE = 30;
    /** Runs in each slice of the runs table: the recent history is what a person checks. */
    public static final int RUNS_SLICE = 20;

    @Inject
    LinkQueries linkQueries;
    @Inject
    RecordMessages chatterRecords;
    @Inject
    LinkRuns linkRuns;
    @Inject
    LinkSettings linkSettings;
    @Inject
    OnlineAccounts onlineAccounts;
    @Inject
    JournalQueries journalQueries;
    @Inject
    LinkCommands commands;
    @Inject
    ConnectService connect;
    @Inject
    Clock clock;

    private Long id;
    private LinkView link;
    /** Newest first, whatever the order shown. */
    private final ChatterPanel chatterPanel = new ChatterPanel(CHATTER_SLICE);
    /** Newest first. */
    private List<RunView> runs = List.of();
    private boolean olderRuns;
    private List<JournalView> journals = List.of();
    private final Map<Long, Long> journalChoice = new HashMap<>();
    private boolean autoSync;
    private String periodicity;
    private String renewalContact;
    private boolean replacingSecret;
    /** Never kept with the view (transient) and dropped once used: the page never shows it again. */
    private transient String newSecret;

    /** Loads the link, or leaves it null with a message when the id is missing or unknown. */
    public void load() {
        if (id == null) {
            Pages.error("link.not-found");
            return;
        }
        try {
            link = linkQueries.get(id);
        } catch (BadRequestException e) {
            link = null;
            Pages.error("link.not-found");
            return;
        }
        autoSync = link.autoSync();
        periodicity = link.statementPeriodicity();
        renewalContact = link.renewalContact();
        chatterPanel.reload(slice -> chatterRecords.before(chatterRecords.link(id), slice));
        runs = List.of();
        loadOlderRuns();
        journals = journalQueries.list();
        journalChoice.clear();
        link.accounts().forEach(a -> journalChoice.put(a.id(), a.journalId()));
    }

    public void fetch() {
        commands.fetch(id);
        load();
    }

    public void refreshAccounts() {
        commands.refreshAccounts(id);
        load();
    }

    public void updateCredentials() {
        commands.renew(id, NextAction.UPDATE_CREDENTIALS);
    }

    public void reconnect() {
        commands.renew(id, NextAction.RECONNECT);
    }

    /** @return true for a link to MyPonto without the proxy: its credentials are replaced here, not at a connect page */
    public boolean isPontoDirect() {
        return link != null && ProxySession.PONTO_DIRECT.equals(link.providerType());
    }

    /** Shows the field for a new MyPonto Client Secret. */
    public void startReplacingSecret() {
        replacingSecret = true;
    }

    /** Checks the new MyPonto Client Secret with MyPonto and seals it in place of the old one. */
    public void replaceSecret() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        String secret = newSecret;
        newSecret = null;
        try {
            connect.replacePontoSecret(id, secret == null || secret.isEmpty() ? null : Secret.of(secret), Pages.user());
            replacingSecret = false;
            Pages.info("link.ponto-replaced");
            load();
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    public boolean isReplacingSecret() {
        return replacingSecret;
    }

    /** @return always null: the secret is written, never read back */
    public String getNewSecret() {
        return null;
    }

    public void setNewSecret(String newSecret) {
        this.newSecret = newSecret;
    }

    /** Checks every seal of the link's chatter and says the verdict (auditor). */
    public void verifyChatter() {
        if (Pages.allowed(Role.AUDITOR_NAME)) {
            ChatterPanel.tell(chatterRecords.verify(chatterRecords.link(id)));
        }
    }

    public void disconnect() {
        commands.disconnect(id);
        load();
    }

    /**
     * Saves auto-sync, periodicity and the renewal contact (sync-admin); the chatter gets one tracking message.
     * An empty contact leaves it as it is; a contact refused saves nothing.
     */
    public void saveSettings() {
        if (Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            RenewalContact contact;
            try {
                contact = renewalContact == null || renewalContact.isBlank() ? null : new RenewalContact(renewalContact);
            } catch (IllegalArgumentException e) {
                Pages.error("link.renewal-contact-invalid", RenewalContact.MAX);
                return;
            }
            linkSettings.update(id, new LinkSettingsChange(autoSync, StatementPeriodicity.fromApi(periodicity), contact), Pages.user());
            Pages.info("link.settings-saved");
        }
        load();
    }

    /** Maps the account to the chosen journal, or to a new one (sync-admin). */
    public void mapAccount(long accountId) {
        if (Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            Long choice = journalChoice.get(accountId);
            try {
                onlineAccounts.mapToJournal(accountId, choice == null || choice == NEW_JOURNAL ? null : choice, Pages.user());
                Pages.info("link.account-mapped");
            } catch (BadRequestException e) {
                Pages.refused(e);
            }
        }
        load();
    }

    /** Adds the slice of messages below the oldest one shown. */
    public void loadOlderMessages() {
        chatterPanel.loadOlder(slice -> chatterRecords.before(chatterRecords.link(id), slice));
    }

    /** Adds the slice of runs below the oldest one shown. */
    public void loadOlderRuns() {
        Long oldest = runs.isEmpty() ? null : runs.get(runs.size() - 1).id();
        List<RunView> older = linkRuns.before(id, Slice.before(oldest, RUNS_SLICE));
        runs = concat(runs, older);
        olderRuns = older.size() == RUNS_SLICE;
    }

    /**
     * Called by the poll while a run is going, so the counts and the chatter move: reads the link, the
     * runs already shown again (the newest one is the active run) and the messages newer than the
     * newest shown, each bounded by a slice.
     */
    public void poll() {
        link = linkQueries.get(id);
        runs = linkRuns.before(id, Slice.before(null, Math.min(Math.max(runs.size(), RUNS_SLICE), Slice.MAX_LIMIT)));
        chatterPanel.loadNewer(slice -> chatterRecords.after(chatterRecords.link(id), slice));
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> both = new ArrayList<>(first.size() + then.size());
        both.addAll(first);
        both.addAll(then);
        return both;
    }

    public void toggleOrder() {
        chatterPanel.toggleOrder();
    }

    /** @return true while the newest run is queued, running or waiting: the page polls meanwhile */
    public boolean isRunActive() {
        return !runs.isEmpty() && runs.get(0).state().isActive();
    }

    public RunView getCurrentRun() {
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** @return the lines the current run wrote so far and its rate, for the progress bar; null without a run */
    public RunProgress getProgress() {
        return runs.isEmpty() ? null : RunProgress.of(runs.get(0), Instant.now(clock));
    }

    /** @return whether the consent is warned of: from the first reminder on ({@link ConsentReminder#warns}) */
    public boolean isConsentExpiringSoon() {
        return link != null && ConsentReminder.warns(link.consentExpiringDate(), LocalDate.now(clock));
    }

    /** @return the journals an account can be mapped to: those in its currency */
    public List<JournalView> journalsFor(AccountView account) {
        return journals.stream().filter(j -> j.currencyCode().equals(account.currencyCode())).toList();
    }

    public List<String> getPeriodicities() {
        return Arrays.stream(StatementPeriodicity.values()).map(StatementPeriodicity::apiName).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LinkView getLink() {
        return link;
    }

    public List<RunView> getRuns() {
        return runs;
    }

    /** @return true when the last slice of runs was full: older ones may exist */
    public boolean isOlderRuns() {
        return olderRuns;
    }

    public Map<Long, Long> getJournalChoice() {
        return journalChoice;
    }

    public ChatterPanel getChatter() {
        return chatterPanel;
    }

    public boolean isAutoSync() {
        return autoSync;
    }

    public void setAutoSync(boolean autoSync) {
        this.autoSync = autoSync;
    }

    public String getPeriodicity() {
        return periodicity;
    }

    public void setPeriodicity(String periodicity) {
        this.periodicity = periodicity;
    }

    public String getRenewalContact() {
        return renewalContact;
    }

    public void setRenewalContact(String renewalContact) {
        this.renewalContact = renewalContact;
    }
}
