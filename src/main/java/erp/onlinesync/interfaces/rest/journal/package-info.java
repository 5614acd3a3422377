/** Bank journal endpoints. */
package erp.onlinesync.interfaces.rest.journal;
