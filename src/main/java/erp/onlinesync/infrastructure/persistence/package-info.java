/** The data source, schema migrations and JPA converters. */
package erp.onlinesync.infrastructure.persistence;
