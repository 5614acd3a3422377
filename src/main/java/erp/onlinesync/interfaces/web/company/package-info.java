/** The company the pages act in: the menu bar's switcher and the filter that applies it to each request. */
package erp.onlinesync.interfaces.web.company;
