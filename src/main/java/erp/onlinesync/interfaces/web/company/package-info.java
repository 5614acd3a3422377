/** The company the pages act in: the menu bar's switcher and the session's pick it keeps. */
package erp.onlinesync.interfaces.web.company;
