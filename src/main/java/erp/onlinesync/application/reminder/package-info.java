/** Reminders that a link's consent runs out (15, 3 and 1 days before): chatter, mail, dashboard warning; each once across nodes. */
package erp.onlinesync.application.reminder;
