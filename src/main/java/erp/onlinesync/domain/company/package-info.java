/** The host ERP's company: owner of journals and links, and its fiscal lock date. */
package erp.onlinesync.domain.company;
