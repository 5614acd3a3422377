/** The proxy's signed webhook events. */
package erp.onlinesync.application.webhook;
