/** The callback the proxy's connect page returns the browser to. */
package erp.onlinesync.interfaces.web.connect;
