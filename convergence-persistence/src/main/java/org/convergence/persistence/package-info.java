/**
 * The database behind core's store ports: {@link org.convergence.persistence.Databases#open} gives a started,
 * Flyway-migrated {@link org.convergence.persistence.JdbcStore} (plain JDBC on a HikariCP pool) for the database a
 * {@link org.convergence.persistence.DatabaseConfig} names: the embedded H2 file database under {@code ./data/} by
 * default, a MySQL/MariaDB server from {@code CONVERGENCE_DB_URL}/{@code _USER}/{@code _PASSWORD}, or Cloud SQL
 * through its socket factory. Migrations live in {@code src/main/resources/db/migration}.
 */
package org.convergence.persistence;
