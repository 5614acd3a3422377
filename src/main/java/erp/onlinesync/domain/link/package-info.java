/** Online links to institutions, their accounts, pending transactions, connect requests and consent reminders. */
package erp.onlinesync.domain.link;
