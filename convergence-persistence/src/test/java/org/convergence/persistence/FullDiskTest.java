package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.StoreException;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's disk fills: H2 writes committed data to its file in the background, so without a forced
 * write a run row could be reported stored and be lost. A failing DataSource wrapper stands for the full disk (as
 * root, a read-only folder would not stop the writes).
 */
class FullDiskTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  static final String PASSWORD = "full-disk-test-password-77a1";

  @TempDir Path dir;

  /** Records every SQL statement executed; fails CHECKPOINT (the write to disk) once {@code full} is set. */
  static final class Disk {
    final AtomicBoolean full = new AtomicBoolean();
    final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    DataSource wrap(DataSource real) {
      return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
          (p, m, a) -> {
            Object r = invoke(real, m, a);
            return r instanceof Connection c ? connection(c) : r;
          });
    }

    private Connection connection(Connection real) {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (p, m, a) -> {
            Object r = invoke(real, m, a);
            return m.getName().equals("createStatement") ? statement((Statement) r) : r;
          });
    }

    private Statement statement(Statement real) {
      return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
          (p, m, a) -> {
            if (m.getName().startsWith("execute") && a != null && a[0] instanceof String sql) {
              statements.add(sql);
              if (full.get() && sql.startsWith("CHECKPOINT")) {
                throw new SQLException("IO Exception: \"No space left on device\"", "90028");
              }
            }
            return invoke(real, m, a);
          });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
      try {
        return m.invoke(target, a);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private HikariDataSource pool() {
    DatabaseConfig c = DatabaseConfig.embedded(dir);
    DatabaseConfig withPassword = new DatabaseConfig(c.jdbcUrl(), "sa", PASSWORD, Map.of(), 2);
    HikariDataSource pool = Databases.pool(withPassword);
    Databases.migrate(pool, withPassword);
    return pool;
  }

  @Test
  void eachRunRowIsForcedToDisk() {
    Disk disk = new Disk();
    try (HikariDataSource pool = pool(); JdbcStore store = new JdbcStore(disk.wrap(pool), null)) {
      store.saveRun(RunRecord.started(DAY, Instant.parse("2022-03-19T08:30:00Z")));
      assertThat(disk.statements).contains("CHECKPOINT SYNC");
    }
  }

  @Test
  void aFullDiskFailsTheRunRowsSaveInsteadOfLosingItLater() {
    Disk disk = new Disk();
    try (HikariDataSource pool = pool(); JdbcStore store = new JdbcStore(disk.wrap(pool), null)) {
      RunRecord started = RunRecord.started(DAY, Instant.parse("2022-03-19T08:30:00Z"));
      store.saveRun(started);
      disk.full.set(true);
      assertThatThrownBy(() -> store.saveRun(started.failed(Instant.parse("2022-03-19T08:31:00Z"), "x")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("could not write the run for 2022-03-20 to disk")
          .hasMessageContaining("No space left on device")
          .satisfies(e -> assertThat(e.toString()).doesNotContain(PASSWORD));
    }
  }
}
