/** The JSON API under /api, thin resources over the application services. */
package erp.onlinesync.interfaces.rest;
