/** Received webhook calls, kept to refuse replays, on JDBC. */
package erp.onlinesync.infrastructure.persistence.webhook;
