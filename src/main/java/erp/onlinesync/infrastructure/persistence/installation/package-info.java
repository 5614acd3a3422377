/** The installation id, kept in the database so every node agrees. */
package erp.onlinesync.infrastructure.persistence.installation;
