package org.convergence.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Opens the store runners use: a HikariCP pool on the configured database, its schema migrated by Flyway, every
 * session in UTC.
 *
 * <pre>{@code
 * try (JdbcStore store = Databases.open(DatabaseConfig.fromEnvironment())) {
 *   store.saveRun(RunRecord.started(day, now));
 * }
 * }</pre>
 */
public final class Databases {
  /** Where the migrations live on the classpath. */
  public static final String MIGRATIONS = "classpath:db/migration";

  private Databases() {}

  /** A started, migrated store; close it to close the pool. */
  public static JdbcStore open(DatabaseConfig config) {
    HikariDataSource pool = pool(config);
    try {
      migrate(pool, config);
      return new JdbcStore(pool, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** The embedded database in {@code ./data} unless {@code CONVERGENCE_DB_URL} is set. */
  public static JdbcStore openFromEnvironment() {
    return open(DatabaseConfig.fromEnvironment());
  }

  /** A HikariCP pool on the database, not migrated; fails with a clear message when it cannot connect. */
  public static HikariDataSource pool(DatabaseConfig config) {
    if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
      createEmbeddedDirectory(config);
    }
    HikariConfig hc = new HikariConfig();
    hc.setPoolName("convergence");
    hc.setJdbcUrl(config.jdbcUrl());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.maximumPoolSize());
    hc.setMinimumIdle(1);
    hc.setConnectionTimeout(10_000);
    hc.setAutoCommit(true);
    if (config.isEmbedded()) {
      hc.setDriverClassName("org.h2.Driver");
      hc.setConnectionInitSql("SET TIME ZONE 'UTC'");
    } else {
      hc.setDriverClassName("com.mysql.cj.jdbc.Driver");
      // every session in UTC; DATETIME values are written and read as UTC wall time anyway (see Columns)
      hc.setConnectionInitSql("SET time_zone = '+00:00'");
      hc.addDataSourceProperty("connectionTimeZone", "UTC");
      hc.addDataSourceProperty("forceConnectionTimeZoneToSession", "false");
      hc.addDataSourceProperty("rewriteBatchedStatements", "true");
      hc.addDataSourceProperty("cachePrepStmts", "true");
      hc.addDataSourceProperty("useServerPrepStmts", "false");
      hc.addDataSourceProperty("connectTimeout", "10000");
      hc.addDataSourceProperty("characterEncoding", "UTF-8");
    }
    config.properties().forEach(hc::addDataSourceProperty);
    try {
      return new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new DatabaseConnectionException("cannot connect to " + config.describe() + " as user '" + config.user()
          + "': " + causes(e, config), e);
    }
  }

  /** Applies pending migrations; a database already at the latest version is left unchanged. */
  public static MigrateResult migrate(javax.sql.DataSource dataSource, DatabaseConfig config) {
    try {
      return Flyway.configure()
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new DatabaseConnectionException("cannot migrate " + config.describe() + ": " + causes(e, config), e);
    }
  }

  private static void createEmbeddedDirectory(DatabaseConfig config) {
    String path = config.jdbcUrl().substring("jdbc:h2:file:".length());
    int semi = path.indexOf(';');
    Path dir = Path.of(semi < 0 ? path : path.substring(0, semi)).getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DatabaseConnectionException("cannot create the directory " + dir + " for the embedded database: "
          + e, e);
    }
  }

  /** The distinct messages of the cause chain, with the password masked should a driver ever echo it. */
  static String causes(Throwable e, DatabaseConfig config) {
    Set<String> messages = new LinkedHashSet<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        String first = t.getMessage().strip().lines().findFirst().orElse("");
        messages.add(first.replaceFirst("^Failed to initialize pool: ", ""));
      }
    }
    return config.mask(String.join(" <- ", messages));
  }
}
