/** The claims of periodic jobs, one node per period, on JDBC. */
package erp.onlinesync.infrastructure.persistence.job;
