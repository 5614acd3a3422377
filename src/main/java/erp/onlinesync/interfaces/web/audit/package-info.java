/** The module's own audit log page: sign-in locks, user and role changes, with its chain check. */
package erp.onlinesync.interfaces.web.audit;
