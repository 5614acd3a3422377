/** Creating users and the bootstrap admin. */
package erp.onlinesync.application.user;
