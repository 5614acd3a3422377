/** REST resources of institutions: the banks the proxy can connect to. */
package erp.onlinesync.interfaces.rest.institution;
