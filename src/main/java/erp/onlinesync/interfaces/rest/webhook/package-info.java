/** The proxy's webhook endpoint. */
package erp.onlinesync.interfaces.rest.webhook;
