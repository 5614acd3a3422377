/** Authentication: form login and HTTP Basic against the module's identity store. */
package erp.onlinesync.infrastructure.security;
