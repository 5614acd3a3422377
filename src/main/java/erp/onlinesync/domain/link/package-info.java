/** Online links to institutions, their accounts, pending transactions and connect requests. */
package erp.onlinesync.domain.link;
