/** Commands for the installation as a whole, for sync-admins. */
package erp.onlinesync.interfaces.rest.admin;
