/** JSF backing beans, thin, over the application services. */
package erp.onlinesync.interfaces.web;
