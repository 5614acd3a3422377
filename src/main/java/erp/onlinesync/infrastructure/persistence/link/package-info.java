/** Online links and their accounts on JPA. */
package erp.onlinesync.infrastructure.persistence.link;
