package erp.onlinesync.interfaces.web.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.application.journal.BankJournals;
import erp.onlinesync.application.link.InstitutionSearch;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyException;
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
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code connect-bank.xhtml}, the Add a Bank Account wizard (sync-admin): pick a country and
 * search an institution, then choose the first date to import and go to the proxy's connect page;
 * the proxy comes back through the callback to the new link's page, whose accounts table is the
 * wizard's last step. A bank the proxy does not offer gets a journal fed by file imports instead.
 */
@Named
@ViewScoped
public class ConnectBankPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The wizard's steps, in order; the page shows one at a time. */
    public enum Step { SEARCH, START_DATE, MANUAL }

    /** How far back the first import goes by default, as the reference product proposes. */
    static final int DEFAULT_HISTORY_DAYS = 90;
    /** The currency a new manual journal starts with: the host company's. */
    static final String DEFAULT_CURRENCY = "EUR";

    @Inject
    InstitutionSearch institutionSearch;
    @Inject
    ConnectService connect;
    @Inject
    BankJournals bankJournals;
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

    /** Opens the wizard on every country's institutions; search() refuses people who are not admins. */
    public void load() {
        search();
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
            Pages.redirect(connect.start(Pages.user(), ConnectMode.LINK.wireName(), chosen.id(), null, startDate,
                    Pages.callbackUri()).toString());
        } catch (BadRequestException | ProxyException e) {
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
}
