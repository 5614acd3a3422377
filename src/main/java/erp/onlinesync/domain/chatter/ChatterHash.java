package erp.onlinesync.domain.chatter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 that seals a chatter message to the one before it on the same record: over the
 * previous message's hash and every stored field of this one (id, record, author, time, kind, body,
 * error code and reference, each tracked change), each written with its length so that no two
 * different messages share a canonical text ("ab"+"c" is not "a"+"bc"), and null apart from "".
 * A change of any field, or the removal or insertion of a message, breaks the chain from there on.
 */
public final class ChatterHash {

    private ChatterHash() {
    }

    /** @param previousHash the hash of the record's message before this one, null for its first */
    public static String of(String previousHash, long id, String recordType, long recordId, String author, Instant createdAt,
            String kind, String body, Integer errorCode, String errorReference, List<TrackedChange> tracking) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {previousHash, id, recordType, recordId, author, createdAt, kind, body, errorCode,
            errorReference, tracking.size()}) {
            append(canonical, field);
        }
        for (TrackedChange change : tracking) {
            append(canonical, change.getField());
            append(canonical, change.getOldValue());
            append(canonical, change.getNewValue());
        }
        return sha256(canonical.toString());
    }

    private static void append(StringBuilder canonical, Object field) {
        if (field == null) {
            canonical.append("-;");
        } else {
            String text = field.toString();
            canonical.append(text.length()).append(':').append(text).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
