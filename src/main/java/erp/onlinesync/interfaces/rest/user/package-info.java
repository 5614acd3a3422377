/** The users endpoint, for sync-admins. */
package erp.onlinesync.interfaces.rest.user;
