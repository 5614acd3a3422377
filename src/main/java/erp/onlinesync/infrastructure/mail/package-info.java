/** Outgoing mail through Jakarta Mail, to the SMTP server of the {@code sync.mail.*} settings. */
package erp.onlinesync.infrastructure.mail;
