package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.UiSteps.SLOW;
import static erp.onlinesync.it.UiSteps.allowOnSandboxPage;
import static erp.onlinesync.it.UiSteps.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * The online synchronization screens as a person uses them, in headless Chromium: connect Sandbox Bank
 * through the wizard, choose its accounts and journals (nothing imported before Confirm, once) and see
 * its lines and run; fix a link in error from the dashboard's banner; renew
 * a consent ending soon from the dashboard's warning; a
 * bank's script-like partner name stays text; the pages in French; what an auditor and an accountant
 * may see. Each test makes its own data (links through the sandbox, users through the API).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnlineSyncUiIT {

    private static final String SCRIPT_PARTNER = "<img src=x onerror=alert(1)>";
    /** The seeded bank journal, BNK1. */
    private static final long SEEDED_JOURNAL = 1L;
    /**
     * An existing bank journal named "Bank" that no account feeds, for the wizard to map to: the IT classes
     * before this one share the H2 file and may have given BNK1 an online account already.
     */
    private static final long WIZARD_JOURNAL = 1_019_000L;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void adminConnectsSandboxBankThroughTheWizardChoosesItsAccountsAndSeesItsLinesAndRun() {
        Deployed.execute("insert into journal (id, company_id, name, code, currency_code, bank_account_number, bank_statement_source,"
                + " version) values (?, 1, 'Bank', 'BNKW', 'EUR', null, 'UNDEFINED', 0)", WIZARD_JOURNAL);
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            String stepUrl = accountsStepOf(browser, "Sandbox Bank", "sandbox");
            long linkId = Long.parseLong(stepUrl.substring(stepUrl.indexOf("link=") + 5));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='wizard:accounts_data'] > tr"));
            assertEquals(3, rows.size(), "the accounts step lists the three accounts of Sandbox Bank");
            assertEquals(3, browser.driver().findElements(By.cssSelector("[id='wizard:accounts_data'] .ui-chkbox-box.ui-state-active")).size(),
                    "every account is ticked");
            int current = rowOf(rows, "Current account");
            int dollar = rowOf(rows, "Dollar account");
            browser.driver().findElement(By.cssSelector("[id='wizard:accounts:" + dollar + ":chosen'] .ui-chkbox-box")).click();
            String menu = "wizard:accounts:" + current + ":journal";
            UiSteps.choose(browser, menu, "Bank (BNKW)",
                    d -> d.findElement(By.id(menu + "_label")).getText().equals("Bank (BNKW)"));
            assertEquals(0, runsOf(linkId), "no fetch before Confirm");
            assertEquals(0, linesOf(linkId), "nothing imported before Confirm");
            browser.screenshot("wizard-accounts");

            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.driver().get(stepUrl);
            browser.waitFor(By.id("wizard:confirmAccounts"));
            String secondTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().window(firstTab);
            browser.driver().findElement(By.id("wizard:confirmAccounts")).click();
            browser.waitFor(By.id("link:name"));
            assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("the first import has started"));
            waitUntil(browser, SLOW, d -> d.findElements(By.id("link:progress")).isEmpty()
                    && d.findElement(By.id("link:runs_data")).getText().contains("Done"));
            String chatter = browser.driver().findElement(By.className("chatter")).getText();
            assertTrue(chatter.contains("mapped to the journal Bank (BNKW) by admin"), chatter);
            assertTrue(chatter.contains("Left out by admin") && chatter.contains("Dollar account"), chatter);
            assertTrue(chatter.contains("Synchronization"), "the run is in the chatter: " + chatter);
            browser.screenshot("link-form");
            assertTrue(Deployed.number("select count(*) from statement_line l join online_account a on a.id = l.online_account_id"
                    + " where a.link_id = ? and a.name = 'Current account' and l.journal_id = ?", linkId, WIZARD_JOURNAL) > 0,
                    "the current account's lines went to the Bank journal");
            assertEquals(0, Deployed.number("select count(*) from online_account where link_id = ? and name = 'Dollar account'"
                    + " and journal_id is not null", linkId), "the account left out has no journal");
            assertEquals(0, Deployed.number("select count(*) from statement_line l join online_account a on a.id = l.online_account_id"
                    + " where a.link_id = ? and a.name = 'Dollar account'", linkId), "nor lines");

            browser.driver().switchTo().window(secondTab);
            browser.driver().findElement(By.id("wizard:confirmAccounts")).click();
            browser.waitFor(By.id("link:name"));
            assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("already chosen"), "a second Confirm says so");
            browser.go("/connect-bank.xhtml?link=" + linkId);
            browser.waitFor(By.id("wizard:alreadyChosen"));
            assertTrue(browser.driver().findElements(By.id("wizard:confirmAccounts")).isEmpty(), "a reload offers no second Confirm");
            assertEquals(1, runsOf(linkId), "one import, whatever the Confirms and reloads");

            browser.go("/online-link.xhtml?id=" + linkId);
            browser.waitFor(By.cssSelector("[id='link:accounts_data'] a[id$=':lines']")).click();
            browser.waitFor(By.id("lines:table"));
            assertFalse(browser.driver().findElements(By.cssSelector("[id='lines:table_data'] > tr td.amount")).isEmpty(),
                    "the journal shows the imported lines");
            browser.screenshot("journal-lines");
        }
    }

    @Test
    void aBigBankFetchShowsTheLinesImportedSoFarAndTheRate() {
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            String stepUrl = accountsStepOf(browser, "Big Bank", "big");
            long linkId = Long.parseLong(stepUrl.substring(stepUrl.indexOf("link=") + 5));
            WebElement firstImport = browser.driver().findElement(By.id("wizard:firstImport_input"));
            firstImport.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ESCAPE);
            browser.driver().findElement(By.id("wizard:confirmAccounts")).click();
            browser.waitFor(By.id("link:name"));
            Set<Long> seen = new LinkedHashSet<>();
            By progress = By.id("link:runProgress");
            waitUntil(browser, SLOW, d -> {
                List<WebElement> shown = d.findElements(progress);
                if (shown.isEmpty()) {
                    return true;
                }
                String text;
                try {
                    text = shown.get(0).getText();
                } catch (StaleElementReferenceException replacedByThePoll) {
                    return false;
                }
                long lines = Long.parseLong(text.substring(0, text.indexOf(' ')).replaceAll("[^0-9]", ""));
                if (lines > 0 && seen.add(lines) && seen.size() == 2) {
                    assertTrue(text.matches(".*lines imported so far, [0-9,]+ lines/s"), text);
                    browser.screenshot("link-progress");
                }
                return false;
            });
            List<Long> figures = List.copyOf(seen);
            waitUntil(browser, SLOW, d -> d.findElement(By.id("link:runs_data")).getText().contains("Done"));
            // on a fast machine a poll may see the run once only: that figure is still short of what it imported
            long imported = Deployed.number("select max(imported) from sync_run where link_id = ?", linkId);
            assertTrue(!figures.isEmpty() && figures.get(0) < imported && figures.equals(figures.stream().sorted().toList()),
                    "the figure moved during the fetch: " + figures + " then " + imported + " lines");
        }
    }

    @Test
    void theDashboardChartShowsTodaysLowestAndHighestBalanceAndEachDayOnHover() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "f77", LocalDate.now().minusDays(20).toString());
        SandboxFlow.fetchAndWait(link.linkId());
        long journal = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/index.xhtml");
            WebElement chart = browser.waitFor(By.cssSelector(".balance-chart[data-journal='" + journal + "']"));
            WebElement card = chart.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' journal-card ')][1]"));
            String current = chart.findElement(By.cssSelector(".chart-current strong")).getText();
            assertEquals(card.findElement(By.cssSelector("[id$=':bookBalance']")).getText(), current, "today's balance is the book balance");
            double today = number(current);
            double lowest = number(chart.findElement(By.className("chart-min")).getText());
            double highest = number(chart.findElement(By.className("chart-max")).getText());
            assertTrue(lowest <= today && today <= highest && lowest < highest, lowest + " <= " + today + " <= " + highest);
            List<WebElement> days = chart.findElements(By.cssSelector("rect.chart-day"));
            assertEquals(30, days.size(), "a band per day");
            String lastDay = days.get(days.size() - 1).findElement(By.tagName("title")).getAttribute("textContent");
            assertTrue(lastDay.matches("[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4}: .*") && lastDay.endsWith(": " + current), lastDay);
            new Actions(browser.driver()).moveToElement(days.get(days.size() - 5)).perform();
            browser.screenshot("dashboard-chart");
        }
    }

    @Test
    void theLinkPageFitsA1366PixelScreenAndItsButtonsLookLikeButtons() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "a99", LocalDate.now().minusDays(15).toString());
        SandboxFlow.fetchAndWait(link.linkId());
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.signIn(ADMIN, adminPassword());
            browser.go("/online-link.xhtml?id=" + link.linkId());
            browser.waitFor(By.id("link:accounts"));
            assertFitsAndButtonsAreButtons(browser);
            Object overflowingTables = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return [...document.querySelectorAll('.record-form .ui-datatable table')].filter(t =>"
                    + " t.getBoundingClientRect().right > t.closest('.record-form').getBoundingClientRect().right + 1).length;");
            assertEquals(0L, overflowingTables, "the accounts and runs tables fit their column");
            browser.screenshot("link-1366");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('link:accounts').scrollIntoView();");
            browser.screenshot("link-1366-tables");
            browser.go("/index.xhtml");
            browser.waitFor(By.id("dashboard:journals"));
            assertFitsAndButtonsAreButtons(browser);
            browser.screenshot("dashboard-1366");
        }
    }

    /** No horizontal scroll of the document; no button shows its text as an underlined link or without a border or background. */
    private static void assertFitsAndButtonsAreButtons(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                "no horizontal scroll at 1366 px");
        Object underlined = js.executeScript("return [...document.querySelectorAll('.ui-button, .ui-button a')]"
                + ".filter(e => getComputedStyle(e).textDecorationLine.includes('underline')).map(e => e.textContent.trim());");
        assertEquals(List.of(), underlined, "no underlined button");
        Object bare = js.executeScript("return [...document.querySelectorAll('.ui-button:not(.ui-button-icon-only)')]"
                + ".filter(b => b.offsetParent !== null).filter(b => { const s = getComputedStyle(b);"
                + " return s.borderTopColor === 'rgba(0, 0, 0, 0)' && s.backgroundColor === 'rgba(0, 0, 0, 0)'; })"
                + ".map(b => b.textContent.trim());");
        assertEquals(List.of(), bare, "every button has a border or a background");
    }

    /** @return the number in a text such as "lowest 1,234.50" */
    private static double number(String text) {
        return Double.parseDouble(text.replaceAll("[^0-9.-]", ""));
    }

    /** Through the wizard up to its accounts step for the bank: search, choose, start date, the sandbox's consent. @return the step's URL */
    private static String accountsStepOf(Browser browser, String bankName, String screenshotPrefix) {
        browser.go("/connect-bank.xhtml");
        browser.waitFor(By.id("wizard:query")).sendKeys(bankName);
        browser.driver().findElement(By.id("wizard:searchButton")).click();
        browser.awaitAjax();
        WebElement bank = browser.waitFor(By.xpath("//a[contains(@class,'institution')][.//span[text()='" + bankName + "']]"));
        assertTrue(bank.getText().contains("ponto"), "the provider is shown");
        browser.screenshot(screenshotPrefix + "-wizard-institutions");
        bank.click();
        browser.awaitAjax();
        browser.waitFor(By.id("wizard:startDate_input"));
        browser.screenshot(screenshotPrefix + "-wizard-start-date");
        browser.driver().findElement(By.id("wizard:connect")).click();
        allowOnSandboxPage(browser);
        browser.waitFor(By.id("wizard:accountsStep"));
        String stepUrl = browser.driver().getCurrentUrl();
        assertTrue(stepUrl.contains("/connect-bank.xhtml?link="), "the callback lands on the accounts step: " + stepUrl);
        return stepUrl;
    }

    private static int rowOf(List<WebElement> rows, String accountName) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(accountName)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + accountName);
    }

    private static long runsOf(long linkId) {
        return Deployed.number("select count(*) from sync_run where link_id = ?", linkId);
    }

    private static long linesOf(long linkId) {
        return Deployed.number("select count(*) from statement_line l join online_account a on a.id = l.online_account_id"
                + " where a.link_id = ?", linkId);
    }

    @Test
    void dashboardBannerOffersUpdateCredentialsAndFixesTheLink() {
        SandboxFlow.Connected link = SandboxFlow.connect("action_bank", "a11", LocalDate.now().minusDays(20).toString());
        JsonObject run = SandboxFlow.fetchAndWait(link.linkId());
        assertEquals("failed", run.getString("state"), "Action Bank asks for new credentials: " + run);
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/index.xhtml");
            WebElement banner = browser.waitFor(By.cssSelector(".problem-banner[data-link='" + link.linkId() + "']"));
            WebElement fix = banner.findElement(By.tagName("button"));
            assertEquals("Update credentials", fix.getText());
            browser.screenshot("dashboard-error");
            fix.click();
            consentAgainAndBackToTheDashboard(browser);
            assertTrue(browser.driver().findElements(By.cssSelector(".problem-banner[data-link='" + link.linkId() + "']")).isEmpty(),
                    "the banner is gone once the link works again");
            assertTrue(browser.driver().findElements(By.cssSelector("svg.sparkline polyline")).stream()
                    .anyMatch(line -> !line.getAttribute("points").isBlank()), "a journal with lines has its balance chart");
            browser.screenshot("dashboard");
        }
    }

    @Test
    void dashboardWarnsOfAConsentEndingSoonAndItsReconnectRenewsIt() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "c66", LocalDate.now().minusDays(10).toString());
        SandboxFlow.fetchAndWait(link.linkId());
        Deployed.execute("update online_link set consent_expiring_date = ? where id = ?",
                Date.valueOf(LocalDate.now().plusDays(3)), link.linkId());
        By warning = By.cssSelector(".consent-warning[data-link='" + link.linkId() + "']");
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/index.xhtml");
            WebElement shown = browser.waitFor(warning);
            assertTrue(shown.getText().contains("(in 3 days)"), shown.getText());
            WebElement reconnect = shown.findElement(By.tagName("button"));
            assertEquals("Reconnect", reconnect.getText());
            browser.screenshot("dashboard-consent-warning");
            reconnect.click();
            consentAgainAndBackToTheDashboard(browser);
            assertTrue(browser.driver().findElements(warning).isEmpty(), "the warning is gone once the consent is renewed");
        }
    }

    @Test
    void aScriptInAPartnerNameShowsAsText() throws Exception {
        UiSteps.plantLine(SEEDED_JOURNAL, LocalDate.of(2001, 1, 1), "12.34", SCRIPT_PARTNER, null, false);
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/journal-lines.xhtml?id=" + SEEDED_JOURNAL);
            browser.waitFor(By.id("lines:table"));
            assertTrue(browser.driver().findElements(By.cssSelector(".partner")).stream()
                    .anyMatch(e -> e.getText().equals(SCRIPT_PARTNER)), "the name shows literally");
            assertTrue(browser.driver().findElements(By.cssSelector("img[src='x']")).isEmpty(), "no image element was made");
            assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        }
    }

    @Test
    void switchingToFrenchTranslatesTheMenuAndTheDashboard() {
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/index.xhtml");
            UiSteps.choose(browser, "menuForm:language", "Français", d -> d.getPageSource().contains("Tableau de bord comptable"));
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("Comptabilité"), "the menu is in French");
            assertTrue(page.contains("Solde à la banque"), "the cards are in French");
            browser.screenshot("dashboard-fr");
        }
    }

    @Test
    void anAuditorReadsTheChatterAndAnAccountantCannotDisconnect() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "b22", LocalDate.now().minusDays(10).toString());
        UiSteps.createUser("ui-auditor", "auditor-password-1", "auditor");
        UiSteps.createUser("ui-accountant", "accountant-password-1", "accountant");
        try (Browser browser = Browser.open()) {
            browser.signIn("ui-auditor", "auditor-password-1");
            browser.go("/online-link.xhtml?id=" + link.linkId());
            browser.waitFor(By.className("chatter-message"));
            assertTrue(browser.driver().findElements(By.id("link:actions")).isEmpty(), "no action button for an auditor");
            assertTrue(browser.driver().findElements(By.id("link:saveSettings")).isEmpty(), "no settings for an auditor");
            browser.go("/index.xhtml");
            browser.waitFor(By.id("dashboard:journals"));
            assertTrue(browser.driver().findElements(By.cssSelector(".card-actions button")).isEmpty(), "no dashboard button");
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("ui-accountant", "accountant-password-1");
            browser.go("/online-link.xhtml?id=" + link.linkId());
            browser.waitFor(By.id("link:fetch"));
            assertTrue(browser.driver().findElements(By.id("link:disconnect")).isEmpty(), "an accountant cannot disconnect");
            assertTrue(browser.driver().findElements(By.id("link:reconnect")).isEmpty(), "nor reconnect");
            browser.go("/connect-bank.xhtml");
            browser.waitFor(By.id("messages"));
            assertTrue(browser.driver().findElements(By.id("wizard:query")).isEmpty(), "nor connect a bank");
        }
    }

    @Test
    void aConsentEndingSoonIsWarnedOfAndDisconnectingAsksFirst() {
        SandboxFlow.Connected expiring = SandboxFlow.connect("expired_consent_bank", "d44", LocalDate.now().minusDays(10).toString());
        SandboxFlow.Connected healthy = SandboxFlow.connect("sandbox_bank", "e55", LocalDate.now().minusDays(10).toString());
        SandboxFlow.fetchAndWait(healthy.linkId());
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/online-link.xhtml?id=" + expiring.linkId());
            browser.waitFor(By.id("link:consentWarning"));

            browser.go("/online-link.xhtml?id=" + healthy.linkId());
            browser.waitFor(By.id("link:disconnect")).click();
            browser.waitFor(By.id("link:confirmYes")).click();
            browser.awaitAjax();
            waitUntil(browser, SLOW, d -> d.findElement(By.cssSelector(".state-badge")).getText().equals("Disconnected"));
            assertTrue(browser.driver().findElement(By.className("chatter")).getText().contains("Disconnected by admin"));
            assertTrue(browser.driver().findElements(By.id("link:disconnect")).isEmpty(), "nothing left to disconnect");
        }
    }

    @Test
    void aBankTheProxyDoesNotOfferGetsAManualJournal() {
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/connect-bank.xhtml");
            browser.waitFor(By.id("wizard:addManually")).click();
            browser.awaitAjax();
            browser.waitFor(By.id("wizard:manualName")).sendKeys("Cash box UI");
            browser.driver().findElement(By.id("wizard:createManual")).click();
            browser.waitFor(By.id("dashboard:journals"));
            assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("The journal Cash box UI is created."));
            assertTrue(browser.driver().findElement(By.id("dashboard:journals")).getText().contains("Cash box UI"));
        }
    }

    @Test
    void statementLinesSortNewestFirst() throws Exception {
        UiSteps.plantLine(SEEDED_JOURNAL, LocalDate.of(2000, 6, 1), "1.00", "Oldest", null, false);
        UiSteps.plantLine(SEEDED_JOURNAL, LocalDate.now().plusYears(1), "2.00", "Newest", null, false);
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/journal-lines.xhtml?id=" + SEEDED_JOURNAL);
            assertEquals("Oldest", firstPartner(browser));
            browser.driver().findElement(By.id("lines:order")).click();
            browser.awaitAjax();
            assertEquals("Newest", firstPartner(browser));
        }
    }

    private static String firstPartner(Browser browser) {
        return browser.waitFor(By.cssSelector("[id='lines:table_data'] > tr:first-child .partner")).getText();
    }

    @Test
    void anUnknownLinkSaysSo() {
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/online-link.xhtml?id=987654321");
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("no such online synchronization"));
        }
    }

    /** On the sandbox's page after Update credentials or Reconnect: consent, wait for the run, see the link connected, go home. */
    private static void consentAgainAndBackToTheDashboard(Browser browser) {
        allowOnSandboxPage(browser);
        browser.waitFor(By.id("link:name"));
        waitUntil(browser, SLOW, d -> d.findElements(By.id("link:progress")).isEmpty());
        assertEquals("Connected", browser.driver().findElement(By.cssSelector(".state-badge")).getText());
        browser.go("/index.xhtml");
        browser.waitFor(By.id("dashboard:journals"));
    }
}
