package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.connect;
import static erp.onlinesync.it.SandboxFlow.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.bank.HostileAnswers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile Bank through the deployed WAR: an over-long account name, NULs in labels, over-long partner
 * names and an error whose message and reference are far longer than their columns. Connect, fetch and
 * account refresh must store safe values and end every run, never answer 500 or leave a run running.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileAnswersIT {

    private static final String API = "/api/v1";
    /** The run columns the failure is written to. */
    private static final int RUN_MESSAGE_MAX = 2000;
    private static final int REFERENCE_MAX = 200;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void connectStoresTheAccountNameCutAndTheOversizedErrorEndsAsAFailedRun() throws Exception {
        SandboxFlow.Connected link = connect("hostile_bank", "0b57a1e1", null);

        JsonObject account = link(link.linkId()).getJsonArray("accounts").getJsonObject(0);
        assertEquals(HostileAnswers.ACCOUNT_NAME.substring(0, 200), account.getString("name"), "cut to its column");

        List<JsonObject> runs = endedRuns(link.linkId());
        JsonObject failed = runs.stream().filter(r -> r.getString("state").equals("failed")).findFirst()
                .orElseThrow(() -> new AssertionError("the first run meets the oversized error: " + runs));
        assertEquals(200, failed.getInt("error_code"));
        assertEquals(HostileAnswers.ERROR_REFERENCE.substring(0, REFERENCE_MAX), failed.getString("error_reference"));
        String message = failed.getString("message");
        assertTrue(message.startsWith("Hostile Bank is unavailable.\nIt explains why"), message.substring(0, 60));
        assertTrue(message.length() <= RUN_MESSAGE_MAX, "fits the run's column");
        assertFalse(message.contains("\u0000"));
        assertTrue(lastErrorBody(link.linkId()).startsWith("Hostile Bank is unavailable."), "the chatter tells why");
        assertEquals("error", link(link.linkId()).getString("state"));
    }

    @Test
    void labelsAreImportedWithoutNulAndPartnerNamesCut() throws Exception {
        SandboxFlow.Connected link = connect("hostile_bank", "0b57a1e2", null);
        endedRuns(link.linkId());
        JsonObject next = SandboxFlow.fetchAndWait(link.linkId());
        assertEquals("done", next.getString("state"), "the error came once: the next run goes through");

        long journal = link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        JsonArray lines = ((JsonObject) Deployed.json(Deployed.get(API + "/journals/" + journal
                + "/statement-lines?size=1000", ADMIN, adminPassword()).body())).getJsonArray("items");
        assertTrue(lines.size() > 200, "the whole history: " + lines.size());
        for (JsonObject line : lines.getValuesAs(JsonObject.class)) {
            if (line.isNull("partner_name")) {
                continue;
            }
            assertFalse(line.getString("payment_ref").contains("\u0000"), line.getString("payment_ref"));
            assertTrue(line.getString("payment_ref").startsWith("NULhere "), line.getString("payment_ref"));
            assertEquals(1000, line.getString("partner_name").length());
        }
    }

    @Test
    void accountRefreshAnswersWithoutA500() {
        SandboxFlow.Connected link = connect("hostile_bank", "0b57a1e3", null);
        endedRuns(link.linkId());

        HttpResponse<String> refreshed = Deployed.postJson(API + "/online-links/" + link.linkId() + "/accounts/refresh",
                "{}", ADMIN, adminPassword());

        assertNotEquals(500, refreshed.statusCode(), refreshed.body());
        assertTrue(refreshed.statusCode() == 200 || refreshed.statusCode() == 502, refreshed.statusCode() + " " + refreshed.body());
        assertEquals(200, ((JsonObject) Deployed.json(refreshed.body())).getJsonArray("accounts").getJsonObject(0)
                .getString("name").length());
    }

    /** Waits for every run of the link to end (the connect flow's first fetch included); none may stay running. */
    private static List<JsonObject> endedRuns(long linkId) {
        List<JsonObject> runs = new ArrayList<>();
        for (long runId : runIds(linkId)) {
            JsonObject run = awaitRun(runId);
            assertNotEquals("running", run.getString("state"));
            runs.add(run);
        }
        assertFalse(runs.isEmpty(), "the connect flow started a fetch");
        return runs;
    }

    private static List<Long> runIds(long linkId) {
        try (Connection c = Deployed.database();
                PreparedStatement ps = c.prepareStatement("select id from sync_run where link_id = ? order by id")) {
            ps.setLong(1, linkId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastErrorBody(long linkId) {
        return (String) Deployed.value("select body from chatter_message where record_type = 'online_link' and record_id = ?"
                + " and kind = 'ERROR' order by id desc", linkId);
    }
}
