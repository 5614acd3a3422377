/** The nightly clean-up: links never finished, expired connect requests, old webhook receipts; once a day across nodes. */
package erp.onlinesync.application.housekeeping;
