package erp.onlinesync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person signs in with the bootstrap admin and lands on the dashboard with the ERP menu, on pages
 * that carry the browser hardening headers (the screens of every UI test run under that policy).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void adminSignsInAndSeesTheDashboard() {
        try (Browser browser = Browser.open()) {
            browser.go("/index.xhtml");
            browser.waitFor(By.id("login:userName"));
            browser.screenshot("login");
            browser.signIn(Deployed.ADMIN, Deployed.adminPassword());
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("Accounting Dashboard"), "the dashboard is shown");
            assertTrue(page.contains("BNK1"), "the bank journal card is there");
            browser.screenshot("dashboard");
        }
    }

    /** The API reference runs under the pages' Content-Security-Policy and lists the served document's operations. */
    @Test
    void adminReadsTheApiReference() {
        try (Browser browser = Browser.open()) {
            browser.go("/index.xhtml");
            browser.signIn(Deployed.ADMIN, Deployed.adminPassword());
            browser.go("/api-docs.xhtml");
            browser.waitFor(By.cssSelector(".opblock-summary"));
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("Change a link's settings") || page.contains("Change a link&#39;s settings"), "operations listed");
            assertTrue(page.contains("Authorize"), "the sign-in schemes offered");
            browser.screenshot("api-docs");
        }
    }

    @Test
    void pagesAndTheApiSendTheHardeningHeaders() {
        for (String path : new String[] {"/login.xhtml", "/api/v1/online-links"}) {
            HttpResponse<String> answer = Deployed.get(path, Deployed.ADMIN, Deployed.adminPassword());
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), path + ": " + csp);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }
}
