/** Reading links and opening their sealed proxy credentials. */
package erp.onlinesync.application.link;
