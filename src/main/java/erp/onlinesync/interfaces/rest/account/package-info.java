/** REST resources of online accounts: journal mapping and pending transactions. */
package erp.onlinesync.interfaces.rest.account;
