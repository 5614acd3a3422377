/** Online link endpoints, the connect call included. */
package erp.onlinesync.interfaces.rest.link;
