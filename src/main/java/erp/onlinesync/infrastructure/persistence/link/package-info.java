/** Online links and their accounts on JPA; the consent reminders sent on JDBC. */
package erp.onlinesync.infrastructure.persistence.link;
