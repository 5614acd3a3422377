package erp.onlinesync.infrastructure.persistence.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.ConsentReminders;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database with every migration applied: a reminder is claimed once per link, expiry
 * date and threshold; a link from before V17 takes the author of its connect message as renewal contact.
 */
class JdbcConsentRemindersTest {

    private static final Instant AT = Instant.parse("2026-12-03T07:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 18);
    private static final long LINK = 7001;
    private static final long OLD_LINK = 7002;

    private static final JdbcDataSource DATABASE = new JdbcDataSource();
    private final ConsentReminders nodeA = new JdbcConsentReminders(DATABASE);
    private final ConsentReminders nodeB = new JdbcConsentReminders(DATABASE);

    /** Migrated up to V15 with a link and its connect message, then to the end, as an upgrade would. */
    @BeforeAll
    static void schema() throws SQLException {
        DATABASE.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(DATABASE).locations("filesystem:src/main/resources/db/migration").target("15").load().migrate();
        try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement()) {
            for (long id : new long[] {LINK, OLD_LINK}) {
                s.execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, version)"
                        + " values (" + id + ", 1, 'Bank " + id + "', 'CONNECTED', true, 'MONTH', 0)");
            }
            s.execute("insert into chatter_message (id, record_type, record_id, author, created_at, kind, body) values"
                    + " (9001, 'online_link', " + OLD_LINK + ", 'alice', current_timestamp, 'ACTION', 'Connected to Bank by alice.'),"
                    + " (9002, 'online_link', " + OLD_LINK + ", 'bob', current_timestamp, 'ACTION', 'Reconnected by bob.')");
        }
        Flyway.configure().dataSource(DATABASE).locations("filesystem:src/main/resources/db/migration").load().migrate();
    }

    @Test
    void oneNodeClaimsEachReminderOnce() {
        ConsentReminder fifteen = new ConsentReminder(EXPIRY, 15, 15);
        assertTrue(nodeA.claim(LINK, fifteen, AT));
        assertFalse(nodeB.claim(LINK, fifteen, AT.plusSeconds(1)), "the other node's timer sends nothing");
        assertTrue(nodeB.claim(LINK, new ConsentReminder(EXPIRY, 3, 3), AT.plusSeconds(2)));
        assertTrue(nodeA.claim(LINK, new ConsentReminder(EXPIRY.plusDays(180), 15, 15), AT), "a renewed consent starts afresh");

        assertEquals(Set.of(15, 3), nodeB.sentFor(LINK, EXPIRY));
        assertEquals(Set.of(15), nodeA.sentFor(LINK, EXPIRY.plusDays(180)));
        assertEquals(Set.of(), nodeA.sentFor(OLD_LINK, EXPIRY));
    }

    @Test
    void aLinkFromBeforeTheFieldTakesWhoConnectedItAsRenewalContact() throws SQLException {
        try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, renewal_contact from online_link where id in (" + LINK + ", " + OLD_LINK
                        + ") order by id")) {
            rs.next();
            assertEquals(null, rs.getString(2), "no connect on record");
            rs.next();
            assertEquals("alice", rs.getString(2), "the first connect, not the reconnect");
        }
    }
}
