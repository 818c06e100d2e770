package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the MySQL/MariaDB server of {@code CONVERGENCE_DB_URL}, in a throw-away schema {@code
 * convergence_test_*}. Skipped, with a printed message, when the variable is unset; {@code .ci/run} always sets it.
 */
class MariaDbStoreTest extends JdbcStoreContract {
  @Override
  protected DatabaseConfig newDatabase() throws SQLException {
    return TestDatabases.mariaDbConfigured() ? TestDatabases.freshMariaDbSchema() : null;
  }

  @Override
  protected void assumeAvailable() {
    TestDatabases.assumeMariaDb("MariaDbStoreTest (store contract on MySQL/MariaDB)");
  }

  @Override
  protected void dropDatabase(DatabaseConfig config) throws SQLException {
    TestDatabases.dropMariaDbSchema(config);
  }

  @Test
  void everySessionRunsInUtc() throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT @@session.time_zone")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("+00:00");
    }
  }
}
