package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Steps the {@code *UiIT} tests share beyond {@link Browser}: consent on the sandbox's connect page as a
 * person would, create users of a role, plant statement lines with JDBC, wait for slow things (a run).
 */
final class UiSteps {

    /** A run of the sandbox with a few months of history ends well within this. */
    static final Duration SLOW = Duration.ofSeconds(120);
    /** Ids of planted lines: far above what the sequence hands out during a test run. */
    private static final AtomicLong PLANTED_IDS = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private UiSteps() {
    }

    /** On the sandbox's connect page: any user name and password, consent ticked, Allow. */
    static void allowOnSandboxPage(Browser browser) {
        WebDriver d = browser.driver();
        browser.waitFor(By.name("username")).sendKeys("ui-user");
        d.findElement(By.name("password")).sendKeys("ui-password");
        d.findElement(By.name("consent")).click();
        d.findElement(By.cssSelector("button[value='allow']")).click();
    }

    static void waitUntil(Browser browser, Duration timeout, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), timeout).pollingEvery(Duration.ofMillis(500)).until(condition::apply);
    }

    /**
     * Picks an item of a PrimeFaces select menu as a person would, until {@code chosen} holds: a click that
     * lands while the panel is still opening is lost, so the menu is opened again rather than waited on.
     */
    static void choose(Browser browser, String menuId, String label, Function<WebDriver, Boolean> chosen) {
        for (int attempt = 1; ; attempt++) {
            By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
            if (browser.driver().findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                browser.waitFor(By.id(menuId)).click();
            }
            browser.waitFor(item).click();
            try {
                waitUntil(browser, attempt < 3 ? Duration.ofSeconds(20) : SLOW, chosen);
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Creates a user with one role through the API, as the admin. */
    static void createUser(String name, String password, String role) {
        HttpResponse<String> r = Deployed.postJson("/api/v1/users", "{\"name\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"" + role + "\"]}", ADMIN, adminPassword());
        if (r.statusCode() != 201 && r.statusCode() != 200 && r.statusCode() != 409) {
            throw new AssertionError("create user: " + r.statusCode() + " " + r.body());
        }
    }

    /** Plants a statement line typed by hand (no online account) in a journal; @return its id */
    static long plantLine(long journalId, LocalDate date, String amount, String partnerName, String accountNumber,
            boolean reconciled) throws SQLException {
        long id = PLANTED_IDS.incrementAndGet();
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("insert into statement_line"
                + " (id, journal_id, date, payment_ref, amount, currency_code, partner_name, account_number, reconciled, version)"
                + " values (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, 0)")) {
            ps.setLong(1, id);
            ps.setLong(2, journalId);
            ps.setObject(3, date);
            ps.setString(4, "planted " + id);
            ps.setBigDecimal(5, new BigDecimal(amount));
            ps.setString(6, partnerName);
            ps.setString(7, accountNumber);
            ps.setBoolean(8, reconciled);
            ps.executeUpdate();
        }
        return id;
    }

    static long count(String sql, long param) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
