/** The accounting dashboard. */
package erp.onlinesync.interfaces.web.dashboard;
