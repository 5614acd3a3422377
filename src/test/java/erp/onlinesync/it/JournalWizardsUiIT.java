package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The journal wizards in Chromium: Find Duplicates deletes a ticked copy and will not let a reconciled
 * line go; Find Missing imports again the lines deleted behind the module's back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalWizardsUiIT {

    /** The seeded bank journal, BNK1. */
    private static final long SEEDED_JOURNAL = 1L;
    /** Days kept away from the ends of the imported window when deleting lines. */
    private static final int MARGIN_DAYS = 5;
    private static final String LINES_OF = "select count(*) from statement_line where journal_id = ?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void aCsvFileIsMappedPreviewedAndImportedAndItsMappingIsOfferedAgain() throws Exception {
        long journal = 950_001L;
        Deployed.execute("insert into journal (id, company_id, name, code, currency_code, bank_statement_source, version)"
                + " values (?, 1, 'CSV Bank', 'CSV1', 'EUR', 'FILE_IMPORT', 0)", journal);
        LocalDate day = LocalDate.now().minusDays(3);
        String d = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("statement", ".csv");
        java.nio.file.Files.writeString(csv, "Datum;Omschrijving;Tegenpartij;Bedrag\n"
                + d + ";Huur december;Immo Lux;-1.250,00\n" + d + ";Koffie;Café Noir;-3,50\n" + d + ";Koffie;Café Noir;-3,50\n");
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("broken", ".xml");
        java.nio.file.Files.writeString(broken, "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                + "<BkToCstmrStmt><Stmt><Ntry><Amt Ccy=\"EUR\">1");
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/journal-import.xhtml?id=" + journal);
            browser.waitFor(By.id("import:file")).sendKeys(broken.toString());
            browser.driver().findElement(By.id("import:preview")).click();
            String refusal = browser.waitFor(By.id("messages")).getText();
            assertTrue(refusal.contains("line 1"), "a broken file says where: " + refusal);
            assertTrue(browser.driver().findElements(By.id("import:counts")).isEmpty(), "no preview of a broken file");
            browser.screenshot("import-broken-file");
            browser.waitFor(By.id("import:file")).sendKeys(csv.toString());
            browser.driver().findElement(By.cssSelector("[id='import:useMapping'] .ui-chkbox-box")).click();
            for (String[] column : new String[][] {{"colDate", "1"}, {"colLabel", "2"}, {"colPartner", "3"}, {"colAmount", "4"}}) {
                WebElement input = browser.driver().findElement(By.id("import:" + column[0] + "_input"));
                input.clear();
                input.sendKeys(column[1]);
            }
            browser.driver().findElement(By.id("import:preview")).click();
            assertEquals("3 new, 0 duplicates, 0 invalid.", browser.waitFor(By.id("import:counts")).getText(),
                    "two equal coffees on one day are two payments");
            browser.screenshot("import-csv-preview");
            assertEquals(0, UiSteps.count("select count(*) from statement_line where journal_id = ?", journal), "a preview writes nothing");
            browser.driver().findElement(By.id("import:confirm")).click();
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("3 lines imported"));
            assertEquals(3, UiSteps.count("select count(*) from statement_line where journal_id = ?", journal));

            browser.go("/journal-import.xhtml?id=" + journal);
            assertEquals("4", browser.waitFor(By.id("import:colAmount_input")).getAttribute("value"), "the mapping is offered again");
            browser.driver().findElement(By.id("import:file")).sendKeys(csv.toString());
            browser.driver().findElement(By.id("import:preview")).click();
            assertEquals("0 new, 3 duplicates, 0 invalid.", browser.waitFor(By.id("import:counts")).getText());
            browser.screenshot("import-csv-again");

            browser.go("/journal-lines.xhtml?id=" + journal);
            browser.waitFor(By.id("lines:table"));
            String statement = "CSV1 " + day.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM"));
            assertTrue(browser.driver().findElements(By.cssSelector(".statement-name")).stream()
                    .allMatch(e -> e.getText().equals(statement)), "the lines table names each line's statement");
            assertEquals(3, browser.driver().findElements(By.cssSelector(".statement-name")).size());
            browser.screenshot("lines-statement-names");
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
            java.nio.file.Files.deleteIfExists(broken);
        }
        assertEquals(3, UiSteps.count("select count(*) from statement_line where journal_id = ?", journal));
    }

    @Test
    void badFilesOfEachKindShowTheirErrorOnScreenAndWriteNothing() throws Exception {
        long journal = 950_002L;
        Deployed.execute("insert into journal (id, company_id, name, code, currency_code, bank_account_number, bank_statement_source,"
                + " version) values (?, 1, 'Bad files', 'BAD1', 'EUR', ?, 'FILE_IMPORT', 0)", journal, CamtSample.IBAN);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("bad-files");
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            for (CamtSample.BadFile bad : CamtSample.badFiles()) {
                java.nio.file.Path file = java.nio.file.Files.write(folder.resolve(bad.name()),
                        bad.content().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                browser.go("/journal-import.xhtml?id=" + journal);
                browser.waitFor(By.id("import:file")).sendKeys(file.toString());
                browser.driver().findElement(By.id("import:preview")).click();
                String refusal = browser.waitFor(By.id("messages")).getText();
                assertTrue(refusal.contains(bad.says()), bad.name() + " says why: " + refusal);
                assertTrue(browser.driver().findElements(By.id("import:counts")).isEmpty(), "no preview of " + bad.name());
            }
            browser.screenshot("import-bad-file");
        } finally {
            try (var files = java.nio.file.Files.list(folder)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            java.nio.file.Files.delete(folder);
        }
        assertEquals(0, UiSteps.count("select count(*) from file_import where journal_id = ?", journal), "no preview stored");
        assertEquals(0, UiSteps.count(LINES_OF, journal), "no line written");
    }

    @Test
    void findDuplicatesDeletesATickedCopyButNeverAReconciledLine() throws Exception {
        LocalDate day = LocalDate.now().minusDays(5);
        long kept = UiSteps.plantLine(SEEDED_JOURNAL, day, "-42.00", "Duplicate Ltd", "BE11 0000 0000 1111", false);
        long copy = UiSteps.plantLine(SEEDED_JOURNAL, day, "-42.00", "Duplicate Ltd", "BE11 0000 0000 1111", false);
        long reconciled = UiSteps.plantLine(SEEDED_JOURNAL, day, "-42.00", "Duplicate Ltd", "BE11 0000 0000 1111", true);
        Instant before = Instant.now().minusSeconds(1);
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/find-duplicates.xhtml?journal=" + SEEDED_JOURNAL);
            browser.waitFor(By.id("duplicates:find")).click();
            browser.awaitAjax();
            WebElement reconciledRow = row(browser, reconciled);
            assertTrue(reconciledRow.getText().contains("Reconciled: cannot be deleted"), "the reason is shown");
            assertTrue(reconciledRow.findElement(By.cssSelector("input[type=checkbox]")).getAttribute("disabled") != null,
                    "a reconciled line cannot be ticked");
            row(browser, copy).findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.screenshot("find-duplicates");
            browser.driver().findElement(By.id("duplicates:delete")).click();
            browser.waitFor(By.id("duplicates:confirmYes")).click();
            browser.awaitAjax();
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("1 lines deleted"));
        }
        assertEquals(0, UiSteps.count("select count(*) from statement_line where id = ?", copy));
        assertEquals(1, UiSteps.count("select count(*) from statement_line where id = ?", kept));
        JsonObject told = lastMessage("/api/v1/journals/" + SEEDED_JOURNAL + "/messages?limit=1000");
        assertEquals("admin", told.getString("author"));
        assertEquals("action", told.getString("kind"));
        assertTrue(told.getString("body").startsWith("Deleted by admin as duplicates: " + day + " -42.00 EUR"), told.toString());
        assertFalse(Instant.parse(told.getString("created_at")).isBefore(before), "told when it was done: " + told);
        assertEquals(1, UiSteps.count("select count(*) from statement_line where id = ?", reconciled));
    }

    @Test
    void findMissingImportsTheLinesDeletedBehindTheModulesBack() throws Exception {
        LocalDate start = LocalDate.now().minusDays(30);
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "c33", start.toString());
        SandboxFlow.fetchAndWait(link.linkId());
        JsonObject account = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0);
        long journal = account.getJsonNumber("journal_id").longValue();
        long before = UiSteps.count(LINES_OF, journal);
        // lines well inside the window: the edges depend on the overlap days and today's pending transactions
        Instant deletedAt = Instant.now().minusSeconds(1);
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("delete from statement_line where id in"
                + " (select id from statement_line where journal_id = ? and online_transaction_identifier is not null"
                + " and date between ? and ? order by id fetch first 3 rows only)")) {
            ps.setLong(1, journal);
            ps.setObject(2, start.plusDays(MARGIN_DAYS));
            ps.setObject(3, LocalDate.now().minusDays(MARGIN_DAYS));
            assertEquals(3, ps.executeUpdate());
        }
        try (Browser browser = Browser.open()) {
            browser.signIn(ADMIN, adminPassword());
            browser.go("/find-missing.xhtml?journal=" + journal + "&from=" + start);
            browser.waitFor(By.id("missing:find")).click();
            browser.awaitAjax();
            assertEquals(3, browser.driver().findElements(By.cssSelector("[id='missing:transactions_data'] > tr")).size(),
                    "the three deleted transactions are missing");
            browser.driver().findElements(By.cssSelector("[id='missing:transactions_data'] .ui-chkbox-box")).forEach(box -> {
                box.click();
                browser.awaitAjax();
            });
            browser.screenshot("find-missing");
            browser.driver().findElement(By.id("missing:import")).click();
            browser.awaitAjax();
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("3 transactions imported"));
        }
        assertEquals(before, UiSteps.count(LINES_OF, journal));
        JsonObject told = lastMessage("/api/v1/online-links/" + link.linkId() + "/messages?limit=1000");
        assertEquals("admin", told.getString("author"));
        assertTrue(told.getString("body").startsWith("Find Missing Transactions: 3 transactions imported into"), told.toString());
        assertEquals(3, told.getString("body").split(" \\[").length - 1, "the three imported lines named: " + told);
        assertFalse(Instant.parse(told.getString("created_at")).isBefore(deletedAt), told.toString());
    }

    /** @return the newest message of a chatter the API lists */
    private static JsonObject lastMessage(String path) {
        jakarta.json.JsonArray all = (jakarta.json.JsonArray) Deployed.json(Deployed.get(path, ADMIN, adminPassword()).body());
        return all.getJsonObject(all.size() - 1);
    }

    private static WebElement row(Browser browser, long lineId) {
        return browser.waitFor(By.xpath("//tr[td[normalize-space(.)='planted " + lineId + "']]"));
    }
}
