package erp.onlinesync.it.cluster;

import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.crypto.TokenCipher;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The PostgreSQL schema the two nodes share, from the test's side: emptied before they start (as
 * {@code FreshDatabase} does for the other ITs, in a schema of its own so they are not disturbed),
 * links inserted by SQL instead of through the connect flow, and every claim of a run recorded by a
 * trigger: a run's {@code claimed_by} is cleared when it ends, and the test must say which node ended it.
 */
final class ClusterDatabase {

    static final String SCHEMA = "onlinesync_cluster";
    /** Ids far above what the module's sequences hand out during the test. */
    private static final long FIRST_ID = 1_000_000;
    private static final int BATCH = 500;

    private final String url;
    private final String user;

    /** @param baseUrl a PostgreSQL URL whose database holds the schema; its query part is replaced */
    ClusterDatabase(String baseUrl, String user) {
        int query = baseUrl.indexOf('?');
        this.url = (query < 0 ? baseUrl : baseUrl.substring(0, query)) + "?currentSchema=" + SCHEMA;
        this.user = user;
    }

    /** The URL the nodes get as {@code ds.url}. */
    String url() {
        return url;
    }

    String user() {
        return user;
    }

    void recreateSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
        }
    }

    /** Once the module's migrations ran: a row in {@code cluster_claim} for every claim, in the claim's transaction. */
    void recordClaims() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create table " + SCHEMA + ".cluster_claim (id bigserial primary key, run_id bigint not null,"
                    + " node varchar(100) not null, claimed_at timestamp with time zone not null default clock_timestamp())");
            s.execute("create function " + SCHEMA + ".cluster_record_claim() returns trigger language plpgsql as $$"
                    + " begin insert into " + SCHEMA + ".cluster_claim (run_id, node) values (new.id, new.claimed_by);"
                    + " return new; end $$");
            s.execute("create trigger cluster_claim_log after update on " + SCHEMA + ".sync_run for each row"
                    + " when (new.claim_token is not null and new.claim_token is distinct from old.claim_token)"
                    + " execute function " + SCHEMA + ".cluster_record_claim()");
        }
    }

    /**
     * Inserts {@code count} connected links due at {@code due}, with auto-sync on, each with one account
     * mapped to a journal of its own; tokens random, sealed with the nodes' key.
     *
     * @return the client ids, in link order
     */
    List<String> insertLinks(int count, Instant due, TokenCipher cipher) throws SQLException {
        SecureRandom random = new SecureRandom();
        List<String> clients = new ArrayList<>(count);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement journal = c.prepareStatement("insert into journal (id, company_id, name, code, currency_code,"
                    + " bank_statement_source, version) values (?, 1, ?, ?, 'EUR', 'ONLINE_SYNC', 0)");
                    PreparedStatement link = c.prepareStatement("insert into online_link (id, company_id, name, institution_id,"
                            + " institution_name, provider_type, state, auto_sync, client_id, refresh_token_sealed, access_token_sealed,"
                            + " next_refresh, statement_periodicity, version) values (?, 1, ?, 'cluster_bank', 'Cluster Bank', 'stub',"
                            + " 'CONNECTED', true, ?, ?, ?, ?, 'MONTH', 0)");
                    PreparedStatement account = c.prepareStatement("insert into online_account (id, link_id, online_identifier,"
                            + " name, currency_code, fetching_status, journal_id, version) values (?, ?, ?, 'Current account', 'EUR',"
                            + " 'IDLE', ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    long id = FIRST_ID + i;
                    String clientId = "cluster-client-" + i;
                    clients.add(clientId);
                    journal.setLong(1, id);
                    journal.setString(2, "Cluster bank " + i);
                    journal.setString(3, "CL" + i);
                    journal.addBatch();
                    link.setLong(1, id);
                    link.setString(2, "Cluster link " + i);
                    link.setString(3, clientId);
                    link.setString(4, cipher.seal(Secret.of(Base64.getEncoder().encodeToString(bytes(random, 32))),
                            OnlineLink.refreshTokenPlace(id)));
                    link.setString(5, cipher.seal(Secret.of(HexFormat.of().formatHex(bytes(random, 24))), OnlineLink.accessTokenPlace(id)));
                    link.setTimestamp(6, Timestamp.from(due));
                    link.addBatch();
                    account.setLong(1, id);
                    account.setLong(2, id);
                    account.setString(3, StubProxy.account(clientId));
                    account.setLong(4, id);
                    account.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        journal.executeBatch();
                        link.executeBatch();
                        account.executeBatch();
                    }
                }
            }
            c.commit();
        }
        return clients;
    }

    private static byte[] bytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** @return the query's first column of its first row as a number, 0 when there is no row */
    long number(String query, Object... params) throws SQLException {
        List<List<Object>> rows = rows(query, params);
        return rows.isEmpty() || rows.get(0).get(0) == null ? 0 : ((Number) rows.get(0).get(0)).longValue();
    }

    void execute(String statement, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    /** @return every row of the query, its columns in order */
    List<List<Object>> rows(String query, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }
}
