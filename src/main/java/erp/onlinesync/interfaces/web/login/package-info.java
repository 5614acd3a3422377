/** Sign-in and sign-out. */
package erp.onlinesync.interfaces.web.login;
