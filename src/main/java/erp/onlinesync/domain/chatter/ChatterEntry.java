package erp.onlinesync.domain.chatter;

import java.util.List;

/**
 * What a change of a record says in its chatter, decided by the entity that changes (so each state
 * change and its message are written in one place) and posted by the service in the same
 * transaction, with the author and time.
 *
 * @param errorCode the proxy's error code when the entry tells of an error, else null
 * @param errorReference the reference to quote to support, else null
 * @param tracking the fields that changed, old to new
 */
public record ChatterEntry(MessageKind kind, String body, Integer errorCode, String errorReference,
        List<TrackedChange> tracking) {

    public ChatterEntry {
        tracking = List.copyOf(tracking);
    }

    public static ChatterEntry of(MessageKind kind, String body) {
        return new ChatterEntry(kind, body, null, null, List.of());
    }

    /** A tracking entry telling of one field's change. */
    public static ChatterEntry tracked(String body, String field, Object oldValue, Object newValue) {
        return new ChatterEntry(MessageKind.TRACKING, body, null, null,
                List.of(new TrackedChange(field, text(oldValue), text(newValue))));
    }

    public static ChatterEntry error(String body, Integer code, String reference) {
        return new ChatterEntry(MessageKind.ERROR, body, code, reference, List.of());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
