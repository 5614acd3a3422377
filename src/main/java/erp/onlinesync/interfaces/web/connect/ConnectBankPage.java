package erp.onlinesync.interfaces.web.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.connect.AccountChoice;
import erp.onlinesync.application.connect.AccountsStep;
import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.application.journal.BankJournals;
import erp.onlinesync.application.link.InstitutionSearch;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code connect-bank.xhtml}, the Add a Bank Account wizard (sync-admin): pick a country and
 * search an institution, then choose the first date to import and go to the proxy's connect page;
 * the proxy comes back through the callback to the accounts step ({@code ?link=}), where the person
 * ticks the accounts to import and chooses each one's journal; Confirm maps them and starts the
 * first fetch, once (a reload or a second Confirm finds the accounts chosen and starts nothing). A
 * bank the proxy does not offer gets a journal fed by file imports instead. MyPonto (direct) takes a
 * MyPonto integration's Client ID and Client Secret instead of the proxy: the link is made at once, its
 * accounts mapped, and the first fetch started.
 */
@Named
@ViewScoped
public class ConnectBankPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The wizard's steps, in order; the page shows one at a time. */
    public enum Step { SEARCH, START_DATE, MANUAL, PONTO, ACCOUNTS }

    /** Where the callback sends the person after the consent, followed by the link's id. */
    public static final String ACCOUNTS_STEP = "/connect-bank.xhtml?link=";
    /** The journal choice that creates a new journal for the account. */
    public static final long NEW_JOURNAL = 0L;

    /** How far back the first import goes by default, as the reference product proposes. */
    static final int DEFAULT_HISTORY_DAYS = 90;
    /** The name a direct MyPonto link is proposed. */
    static final String PONTO_NAME = "MyPonto";
    /** The currency a new manual journal starts with: the host company's. */
    static final String DEFAULT_CURRENCY = "EUR";

    @Inject
    InstitutionSearch institutionSearch;
    @Inject
    ConnectService connect;
    @Inject
    BankJournals bankJournals;
    @Inject
    AccountsStep accountsStep;
    @Inject
    Clock clock;

    private Step step = Step.SEARCH;
    private String country;
    private String query;
    private List<Institution> institutions = List.of();
    private Institution chosen;
    private LocalDate startDate;
    private String manualName;
    private String manualCurrency = DEFAULT_CURRENCY;
    private Long linkId;
    private String pontoName = PONTO_NAME;
    private String pontoClientId;
    /** Never kept with the view (transient) and dropped once used: the page never shows it again. */
    private transient String pontoSecret;
    private AccountsStep.View accounts;
    private final Map<Long, Boolean> chosenAccounts = new HashMap<>();
    private final Map<Long, Long> journalChoice = new HashMap<>();

    /**
     * Opens the wizard on every country's institutions, or with {@code ?link=} on that link's accounts
     * step, every account ticked with its proposed journal; search() refuses people who are not admins.
     */
    public void load() {
        if (linkId == null) {
            search();
        } else if (Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            step = Step.ACCOUNTS;
            readAccounts();
        }
    }

    private void readAccounts() {
        try {
            accounts = accountsStep.of(linkId);
        } catch (BadRequestException e) {
            Pages.refused(e);
            return;
        }
        startDate = accounts.startDate();
        accounts.accounts().forEach(a -> {
            chosenAccounts.put(a.accountId(), true);
            journalChoice.put(a.accountId(), a.proposedJournalId() == null ? NEW_JOURNAL : a.proposedJournalId());
        });
    }

    /** Maps the ticked accounts to their journals and starts the first fetch, then shows the link. */
    public void confirm() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME) || accounts == null) {
            return;
        }
        List<AccountChoice> choices = accounts.accounts().stream().map(a -> new AccountChoice(a.accountId(),
                Boolean.TRUE.equals(chosenAccounts.get(a.accountId())), journalOf(a.accountId()))).toList();
        try {
            boolean started = connect.confirmAccounts(linkId, startDate, choices, Pages.user());
            Pages.info(started ? "connect.accounts-confirmed" : "connect.accounts-already-chosen");
            Pages.redirect(Pages.inContext("/online-link.xhtml?id=" + linkId));
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    private Long journalOf(long accountId) {
        Long choice = journalChoice.get(accountId);
        return choice == null || choice == NEW_JOURNAL ? null : choice;
    }

    public void search() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        try {
            institutions = institutionSearch.search(country, query);
        } catch (BadRequestException | ProxyException e) {
            institutions = List.of();
            Pages.refused(e);
        }
    }

    public void choose(String institutionId) {
        chosen = institutions.stream().filter(i -> i.id().equals(institutionId)).findFirst().orElse(null);
        if (chosen != null) {
            startDate = LocalDate.now(clock).minusDays(Math.min(DEFAULT_HISTORY_DAYS, Math.max(0, chosen.historyDays())));
            step = Step.START_DATE;
        }
    }

    /** Sends the browser to the proxy's connect page for the chosen institution. */
    public void connect() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME) || chosen == null) {
            return;
        }
        try {
            Pages.redirect(connect.startInWizard(Pages.user(), chosen.id(), startDate, Pages.callbackUri()).toString());
        } catch (BadRequestException | ProxyException e) {
            Pages.refused(e);
        }
    }

    /** MyPonto (direct): the Client ID and Client Secret of a custom integration made in MyPonto, no proxy. */
    public void choosePonto() {
        step = Step.PONTO;
        startDate = null;
    }

    /** Creates the direct MyPonto link with its accounts mapped, starts the first fetch and shows the link. */
    public void connectPonto() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        String secret = pontoSecret;
        pontoSecret = null;
        try {
            long id = connect.connectPonto(Pages.user(), pontoName, pontoClientId,
                    secret == null || secret.isEmpty() ? null : Secret.of(secret), startDate);
            Pages.info("connect.ponto-connected");
            Pages.redirect(Pages.inContext("/online-link.xhtml?id=" + id));
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    public void addManually() {
        step = Step.MANUAL;
        manualName = query;
    }

    /** Creates a bank journal fed by file imports and goes back to the dashboard. */
    public void createManual() {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        try {
            bankJournals.createManual(manualName, manualCurrency);
            Pages.info("connect.manual-created", manualName);
            Pages.redirect(Pages.inContext("/index.xhtml"));
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
    }

    public void back() {
        step = Step.SEARCH;
    }

    /** @return every ISO country code, sorted by its name in the view's language */
    public List<String> getCountries() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList();
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Step getStep() {
        return step;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public Institution getChosen() {
        return chosen;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getManualName() {
        return manualName;
    }

    public void setManualName(String manualName) {
        this.manualName = manualName;
    }

    public String getManualCurrency() {
        return manualCurrency;
    }

    public void setManualCurrency(String manualCurrency) {
        this.manualCurrency = manualCurrency;
    }

    public String getPontoName() {
        return pontoName;
    }

    public void setPontoName(String pontoName) {
        this.pontoName = pontoName;
    }

    public String getPontoClientId() {
        return pontoClientId;
    }

    public void setPontoClientId(String pontoClientId) {
        this.pontoClientId = pontoClientId;
    }

    /** @return always null: the secret is written, never read back */
    public String getPontoSecret() {
        return null;
    }

    public void setPontoSecret(String pontoSecret) {
        this.pontoSecret = pontoSecret;
    }

    public Long getLinkId() {
        return linkId;
    }

    public void setLinkId(Long linkId) {
        this.linkId = linkId;
    }

    /** @return the accounts step of the link, or null before the consent */
    public AccountsStep.View getAccounts() {
        return accounts;
    }

    public Map<Long, Boolean> getChosenAccounts() {
        return chosenAccounts;
    }

    public Map<Long, Long> getJournalChoice() {
        return journalChoice;
    }
}
