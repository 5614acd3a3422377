/** The Online Synchronization pages. */
package erp.onlinesync.interfaces.web.link;
