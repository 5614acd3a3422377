/** The companies a user may act in. */
package erp.onlinesync.interfaces.rest.company;
