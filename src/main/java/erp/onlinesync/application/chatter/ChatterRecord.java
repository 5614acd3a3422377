package erp.onlinesync.application.chatter;

/**
 * A record that has a chatter, known to exist and to be readable by the caller: made only by
 * {@link RecordMessages#link}, {@link RecordMessages#journal} and {@link RecordMessages#module}.
 *
 * @param type {@link ChatterService#LINK}, {@link ChatterService#JOURNAL} or {@link ChatterService#MODULE}
 */
public record ChatterRecord(String type, long id) {
}
