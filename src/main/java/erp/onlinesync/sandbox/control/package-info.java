/** The sandbox's control API, which lets tests and demos move time and provoke errors on a link. */
package erp.onlinesync.sandbox.control;
