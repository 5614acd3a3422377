package erp.onlinesync.domain.chatter;

/** What a chatter message tells of: a note, a tracked field change, a run summary, an error, a webhook event, a user action. */
public enum MessageKind {
    NOTE, TRACKING, RUN, ERROR, WEBHOOK, ACTION
}
