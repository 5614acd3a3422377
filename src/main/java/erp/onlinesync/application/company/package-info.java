/** The company a user-facing call acts in, and the companies a user may act in. */
package erp.onlinesync.application.company;
