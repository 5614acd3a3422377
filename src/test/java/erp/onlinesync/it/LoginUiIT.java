package erp.onlinesync.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person signs in with the bootstrap admin and lands on the dashboard with the ERP menu. */
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
}
