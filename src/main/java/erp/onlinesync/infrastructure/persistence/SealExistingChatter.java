package erp.onlinesync.infrastructure.persistence;

import erp.onlinesync.domain.chatter.ChatterHash;
import erp.onlinesync.domain.chatter.TrackedChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 19, in Java because SQL cannot compute the seal the module computes: chains the
 * chatter written before version 18 (each record's messages in id order, streamed, their tracked
 * changes read along), records each record's head, and on PostgreSQL installs the trigger that refuses
 * UPDATE and DELETE on the chatter tables, so even a mistaken script of the module cannot rewrite
 * history. H2 has no such trigger (its triggers are Java classes the server's H2 cannot load from the
 * WAR); Verify still shows any change there.
 */
public class SealExistingChatter extends ModuleJavaMigration {

    static final String POSTGRES_TRIGGER = "create or replace function chatter_append_only() returns trigger"
            + " language plpgsql as $$ begin raise exception 'the chatter is append-only: % on % refused', tg_op,"
            + " tg_table_name; end $$";

    public SealExistingChatter() {
        super(19, "seal existing chatter");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        sealAll(c);
        if (isPostgres(c)) {
            try (Statement s = c.createStatement()) {
                s.execute(POSTGRES_TRIGGER);
                for (String table : List.of("chatter_message", "chatter_tracking")) {
                    s.execute("create trigger " + table + "_append_only before update or delete on " + table
                            + " for each row execute function chatter_append_only()");
                }
            }
        }
    }

    private static void sealAll(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select m.id, m.record_type, m.record_id, m.author, m.created_at,"
                + " m.kind, m.body, m.error_code, m.error_reference, t.field, t.old_value, t.new_value"
                + " from chatter_message m left join chatter_tracking t on t.message_id = m.id"
                + " order by m.record_type, m.record_id, m.id, t.position");
                PreparedStatement seal = c.prepareStatement("update chatter_message set hash = ?, previous_hash = ? where id = ?");
                PreparedStatement head = c.prepareStatement(
                        "insert into chatter_head (record_type, record_id, message_count, last_hash) values (?, ?, ?, ?)")) {
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery()) {
                new Sealer(seal, head).run(rs);
            }
        }
    }

    /** A stored message as the seal reads it. */
    private record Stored(long id, String recordType, long recordId, String author, Instant createdAt, String kind,
            String body, Integer errorCode, String errorReference) {
    }

    /** Walks the rows (one per tracked change, or one for a message without) and seals each message once complete. */
    private static final class Sealer {
        private static final int BATCH = 1000;
        private final PreparedStatement seal;
        private final PreparedStatement head;
        private final List<TrackedChange> tracking = new ArrayList<>();
        private Stored message;
        private int batched;
        private String recordType;
        private long recordId;
        private long count;
        private String previous;

        Sealer(PreparedStatement seal, PreparedStatement head) {
            this.seal = seal;
            this.head = head;
        }

        void run(ResultSet rs) throws SQLException {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (message == null || message.id() != id) {
                    sealMessage();
                    message = new Stored(id, rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                            (Integer) rs.getObject(8), rs.getString(9));
                }
                if (rs.getString(10) != null) {
                    tracking.add(new TrackedChange(rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
            sealMessage();
            recordHead();
            seal.executeBatch();
            head.executeBatch();
        }

        private void sealMessage() throws SQLException {
            if (message == null) {
                return;
            }
            if (!message.recordType().equals(recordType) || message.recordId() != recordId) {
                recordHead();
                recordType = message.recordType();
                recordId = message.recordId();
                count = 0;
                previous = null;
            }
            String hash = ChatterHash.of(previous, message.id(), recordType, recordId, message.author(),
                    message.createdAt(), message.kind(), message.body(), message.errorCode(), message.errorReference(),
                    tracking);
            seal.setString(1, hash);
            seal.setString(2, previous);
            seal.setLong(3, message.id());
            seal.addBatch();
            if (++batched % BATCH == 0) {
                seal.executeBatch(); // a long history must not sit whole in the driver's memory
            }
            previous = hash;
            count++;
            tracking.clear();
        }

        private void recordHead() throws SQLException {
            if (recordType != null && count > 0) {
                head.setString(1, recordType);
                head.setLong(2, recordId);
                head.setLong(3, count);
                head.setString(4, previous);
                head.addBatch();
            }
        }
    }
}
