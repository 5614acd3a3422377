/** The append-only chatter on JPA. */
package erp.onlinesync.infrastructure.persistence.chatter;
