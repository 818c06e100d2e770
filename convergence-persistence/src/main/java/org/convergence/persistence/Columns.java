package org.convergence.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.convergence.core.time.MarketDay;

/**
 * How Java values map to columns, in one place. Instants are written as UTC wall time into DATETIME(6) and read back
 * as UTC, so neither the JVM's nor the server's time zone can shift them; finer than microseconds is dropped.
 * {@code NaN} (a missing value) is SQL NULL.
 */
final class Columns {
  private Columns() {}

  /**
   * UTC wall time as text {@code yyyy-MM-dd HH:mm:ss.SSSSSS}: MySQL Connector/J drops the fraction of a bound
   * LocalDateTime when MariaDB 10 announces itself as "5.5.5-10.x" (a server it thinks lacks fractional seconds),
   * and every database converts this text to DATETIME(6) exactly.
   */
  static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    ps.setString(i, DATETIME_6.format(LocalDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)));
  }

  private static final java.time.format.DateTimeFormatter DATETIME_6 =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  static void setNullableInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP);
    } else {
      setInstant(ps, i, t);
    }
  }

  static Instant getInstant(ResultSet rs, String column) throws SQLException {
    LocalDateTime v = rs.getObject(column, LocalDateTime.class);
    return v == null ? null : v.toInstant(ZoneOffset.UTC);
  }

  static void setDay(PreparedStatement ps, int i, MarketDay day) throws SQLException {
    ps.setObject(i, day.date());
  }

  static MarketDay getDay(ResultSet rs, String column) throws SQLException {
    return MarketDay.of(rs.getObject(column, LocalDate.class));
  }

  static void setMaybeMissing(PreparedStatement ps, int i, double v) throws SQLException {
    if (Double.isNaN(v)) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static double getMaybeMissing(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  static void setNullableText(PreparedStatement ps, int i, String text) throws SQLException {
    if (text == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, text);
    }
  }

  /** Deletes the rows of one market day from each table, children first. */
  static void deleteDay(java.sql.Connection c, MarketDay day, String... tables) throws SQLException {
    for (String table : tables) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE market_day = ?")) {
        setDay(ps, 1, day);
        ps.executeUpdate();
      }
    }
  }
}
