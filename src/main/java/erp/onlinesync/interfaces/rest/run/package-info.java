/** Fetch and run endpoints. */
package erp.onlinesync.interfaces.rest.run;
