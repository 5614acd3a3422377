/** The sandbox's hosted connect page, where a person (or a test) logs in and consents. */
package erp.onlinesync.sandbox.connect;
