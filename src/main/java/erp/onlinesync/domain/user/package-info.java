/** The people who may sign in and the roles they hold. */
package erp.onlinesync.domain.user;
