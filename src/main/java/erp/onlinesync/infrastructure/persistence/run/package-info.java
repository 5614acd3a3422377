/** Synchronization runs on JPA: claims under row locks, due links and runs to resume. */
package erp.onlinesync.infrastructure.persistence.run;
