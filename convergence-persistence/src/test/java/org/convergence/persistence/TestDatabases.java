package org.convergence.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/** Databases for tests: private in-memory H2 databases, and throw-away schemas on the MariaDB of .ci/run. */
final class TestDatabases {
  private TestDatabases() {}

  /** Every table, children before parents (the order rows can be deleted in). */
  static final List<String> TABLES = List.of("run_notes", "runs", "weather_samples", "weather_forecasts",
      "energy_forecast_intervals", "energy_forecast_warnings", "energy_forecasts", "price_forecast_quantiles",
      "price_forecast_hours", "price_forecasts", "submitted_orders", "order_submissions", "held_orders",
      "clearing_prices", "imbalance_prices", "site_readings", "settlements", "settlement_warnings",
      "settlement_days", "model_metrics", "models", "day_locks");

  static DatabaseConfig freshH2() {
    return new DatabaseConfig("jdbc:h2:mem:convergence-test-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
        "sa", "", Map.of(), 4);
  }

  static boolean mariaDbConfigured() {
    String url = System.getenv(DatabaseConfig.ENV_URL);
    return url != null && !url.isBlank();
  }

  private static final java.util.Set<String> ANNOUNCED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Skips the calling test class, visibly, when no server is configured. */
  static void assumeMariaDb(String what) {
    if (!mariaDbConfigured() && ANNOUNCED.add(what)) {
      String message = "SKIPPED " + what + ": " + DatabaseConfig.ENV_URL + " is not set, so there is no MySQL/MariaDB"
          + " to test against (.ci/run starts one and sets it)";
      System.out.println(message);
    }
    Assumptions.assumeTrue(mariaDbConfigured(), () -> what + " skipped: " + DatabaseConfig.ENV_URL + " is not set");
  }

  /** The server from the environment, as configured (database {@code convergence}). */
  static DatabaseConfig serverFromEnvironment() {
    return DatabaseConfig.server(System.getenv(DatabaseConfig.ENV_URL), System.getenv(DatabaseConfig.ENV_USER),
        System.getenv(DatabaseConfig.ENV_PASSWORD));
  }

  private static final Pattern DB_IN_URL = Pattern.compile("^(jdbc:mysql://[^/?]*/)([^?;]*)(.*)$");

  /** Creates an empty schema {@code convergence_test_<random>} on the server and a config pointing at it. */
  static DatabaseConfig freshMariaDbSchema() throws SQLException {
    DatabaseConfig server = serverFromEnvironment();
    String schema = "convergence_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (var pool = Databases.pool(server.withMaximumPoolSize(1));
        Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    Matcher m = DB_IN_URL.matcher(server.jdbcUrl());
    if (!m.matches()) {
      throw new IllegalStateException("cannot find the database name in " + DatabaseConfig.ENV_URL);
    }
    return DatabaseConfig.server(m.group(1) + schema + m.group(3), server.user(), server.password());
  }

  static String schemaOf(DatabaseConfig config) {
    Matcher m = DB_IN_URL.matcher(config.jdbcUrl());
    return m.matches() ? m.group(2) : null;
  }

  static void dropMariaDbSchema(DatabaseConfig config) throws SQLException {
    String schema = schemaOf(config);
    if (schema == null || !schema.startsWith("convergence_test_")) {
      return;
    }
    try (var pool = Databases.pool(serverFromEnvironment().withMaximumPoolSize(1));
        Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("DROP DATABASE IF EXISTS " + schema);
    }
  }

  static void deleteAllRows(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      for (String table : TABLES) {
        st.executeUpdate("DELETE FROM " + table);
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }

  static long count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
