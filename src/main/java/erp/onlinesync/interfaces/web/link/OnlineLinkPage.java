package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.journal.JournalQueries;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.application.link.LinkMessages;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkSettings;
import erp.onlinesync.application.link.LinkSettingsChange;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.application.link.LinkView.AccountView;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.link.OnlineAccounts;
import erp.onlinesync.application.run.RunQueries;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code online-link.xhtml?id=}: one link's form (settings, accounts and their journals, recent
 * runs, the buttons) with its chatter beside it. While a run is queued, running or waiting the page
 * polls it and reloads everything when it ends. An unknown id shows a message and nothing else.
 */
@Named
@ViewScoped
public class OnlineLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A consent ending within this many days gets a warning: the reference product's threshold. */
    public static final int CONSENT_WARNING_DAYS = 15;
    /** The option that maps an account to a journal created for it. */
    public static final long NEW_JOURNAL = 0L;

    @Inject
    LinkQueries linkQueries;
    @Inject
    LinkMessages linkMessages;
    @Inject
    RunQueries runQueries;
    @Inject
    LinkSettings linkSettings;
    @Inject
    OnlineAccounts onlineAccounts;
    @Inject
    JournalQueries journalQueries;
    @Inject
    LinkCommands commands;
    @Inject
    Clock clock;

    private Long id;
    private LinkView link;
    private List<MessageView> messages = List.of();
    private List<RunView> runs = List.of();
    private List<JournalView> journals = List.of();
    private final Map<Long, Long> journalChoice = new HashMap<>();
    private boolean newestFirst = true;
    private boolean autoSync;
    private String periodicity;

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
        messages = linkMessages.after(id, 0);
        runs = runQueries.recent(id);
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

    public void disconnect() {
        commands.disconnect(id);
        load();
    }

    /** Saves auto-sync and periodicity (sync-admin); the chatter gets one tracking message. */
    public void saveSettings() {
        if (Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            linkSettings.update(id, new LinkSettingsChange(autoSync, StatementPeriodicity.fromApi(periodicity)), Pages.user());
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

    /** Called by the poll: reloads while a run is going, so the counts and the chatter move. */
    public void poll() {
        load();
    }

    public void toggleOrder() {
        newestFirst = !newestFirst;
    }

    /** @return true while the newest run is queued, running or waiting: the page polls meanwhile */
    public boolean isRunActive() {
        return !runs.isEmpty() && runs.get(0).state().isActive();
    }

    public RunView getCurrentRun() {
        return runs.isEmpty() ? null : runs.get(0);
    }

    public boolean isConsentExpiringSoon() {
        LocalDate expiry = link == null ? null : link.consentExpiringDate();
        return expiry != null && ChronoUnit.DAYS.between(LocalDate.now(clock), expiry) < CONSENT_WARNING_DAYS;
    }

    /** @return the chatter in the order the person chose */
    public List<MessageView> getMessages() {
        if (!newestFirst) {
            return messages;
        }
        List<MessageView> reversed = new ArrayList<>(messages);
        Collections.reverse(reversed);
        return reversed;
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

    public Map<Long, Long> getJournalChoice() {
        return journalChoice;
    }

    public boolean isNewestFirst() {
        return newestFirst;
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
}
