/** The connect flow: one-time state, token exchange, link and journal creation. */
package erp.onlinesync.application.connect;
