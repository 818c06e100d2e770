package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convergence.core.store.StoreFixtures.DAY;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.convergence.core.store.StoreFixtures;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations apply to an empty database, a second start changes nothing, and data survives a restart. */
class MigrationTest {
  /** The versions of the migration scripts shipped, in order (V1, V3, ...: numbers may have gaps). */
  static final java.util.List<Integer> MIGRATIONS = shippedVersions();
  static final String LATEST = String.valueOf(MIGRATIONS.get(MIGRATIONS.size() - 1));

  private static java.util.List<Integer> shippedVersions() {
    try (var files = Files.list(Path.of(MigrationTest.class.getResource("/db/migration").toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot list the migration scripts", e);
    }
  }

  private static void assertMigratesEmptyThenNoOp(DatabaseConfig config) throws SQLException {
    try (HikariDataSource pool = Databases.pool(config)) {
      MigrateResult first = Databases.migrate(pool, config);
      assertThat(first.success).isTrue();
      assertThat(first.migrationsExecuted).isEqualTo(MIGRATIONS.size());
      assertThat(first.targetSchemaVersion).isEqualTo(LATEST);
      for (String table : TestDatabases.TABLES) {
        assertThat(TestDatabases.count(pool, table)).as(table).isZero();
      }
      MigrateResult second = Databases.migrate(pool, config);
      assertThat(second.success).isTrue();
      assertThat(second.migrationsExecuted).isZero();
      assertThat(second.initialSchemaVersion).isEqualTo(LATEST);
    }
  }

  @Test
  void embeddedH2IsCreatedUnderItsDirectoryMigratedAndKeepsDataAcrossStarts(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("data");
    DatabaseConfig config = DatabaseConfig.embedded(dir);
    assertMigratesEmptyThenNoOp(config);
    assertThat(dir.resolve("convergence.mv.db")).isRegularFile();

    try (JdbcStore store = Databases.open(config)) {
      store.saveClearingPrices(StoreFixtures.hourPrices(DAY, 0));
    }
    try (JdbcStore store = Databases.open(config)) {
      assertThat(store.clearingPrices(DAY, DAY)).isEqualTo(StoreFixtures.hourPrices(DAY, 0));
      assertThat(Databases.migrate(store.dataSource(), config).migrationsExecuted).isZero();
    }
    assertThat(Files.list(dir)).allMatch(p -> p.getFileName().toString().startsWith("convergence"));
  }

  @Test
  void migrationsApplyToAnEmptyMariaDbSchemaAndASecondStartIsANoOp() throws Exception {
    TestDatabases.assumeMariaDb("MigrationTest on MySQL/MariaDB");
    DatabaseConfig config = TestDatabases.freshMariaDbSchema();
    try {
      assertMigratesEmptyThenNoOp(config);
      try (JdbcStore store = Databases.open(config)) {
        store.saveClearingPrices(StoreFixtures.hourPrices(DAY, 0));
      }
      try (JdbcStore store = Databases.open(config)) {
        assertThat(store.clearingPrices(DAY, DAY)).isEqualTo(StoreFixtures.hourPrices(DAY, 0));
      }
    } finally {
      TestDatabases.dropMariaDbSchema(config);
    }
  }
}
