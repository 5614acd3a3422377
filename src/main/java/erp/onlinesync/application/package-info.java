/** Transactional services shared by the pages and the API; no rule lives in an interface layer. */
package erp.onlinesync.application;
