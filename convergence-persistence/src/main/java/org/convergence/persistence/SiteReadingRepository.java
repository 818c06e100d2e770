package org.convergence.persistence;

import static org.convergence.persistence.Columns.getMaybeMissing;
import static org.convergence.persistence.Columns.setInstant;
import static org.convergence.persistence.Columns.setMaybeMissing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.energy.SiteReading;

/** Table {@code site_readings}. */
final class SiteReadingRepository {
  private SiteReadingRepository() {}

  static void save(Connection c, List<SiteReading> readings) throws SQLException {
    if (readings.isEmpty()) {
      return;
    }
    Instant first = readings.stream().map(SiteReading::time).min(Instant::compareTo).orElseThrow();
    Instant last = readings.stream().map(SiteReading::time).max(Instant::compareTo).orElseThrow();
    boolean overlaps;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM site_readings WHERE reading_time >= ? AND reading_time <= ?")) {
      setInstant(ps, 1, first);
      setInstant(ps, 2, last);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        overlaps = rs.getLong(1) > 0;
      }
    }
    // new readings (the usual case) need no per-row delete
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM site_readings WHERE reading_time = ?");
        PreparedStatement insert = c.prepareStatement("INSERT INTO site_readings (reading_time, wind_kw, solar_kw,"
            + " office_kw, computing_centre_kw, office_temperature_c) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (SiteReading r : readings) {
        if (overlaps) {
          setInstant(delete, 1, r.time());
          delete.addBatch();
        }
        setInstant(insert, 1, r.time());
        setMaybeMissing(insert, 2, r.windKw());
        setMaybeMissing(insert, 3, r.solarKw());
        setMaybeMissing(insert, 4, r.officeKw());
        setMaybeMissing(insert, 5, r.computingCentreKw());
        setMaybeMissing(insert, 6, r.officeTemperatureC());
        insert.addBatch();
      }
      if (overlaps) {
        delete.executeBatch();
      }
      insert.executeBatch();
    }
  }

  static List<SiteReading> between(Connection c, Instant from, Instant to) throws SQLException {
    List<SiteReading> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT reading_time, wind_kw, solar_kw, office_kw,"
        + " computing_centre_kw, office_temperature_c FROM site_readings"
        + " WHERE reading_time >= ? AND reading_time < ? ORDER BY reading_time")) {
      setInstant(ps, 1, from);
      setInstant(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SiteReading(Columns.getInstant(rs, "reading_time"), getMaybeMissing(rs, "wind_kw"),
              getMaybeMissing(rs, "solar_kw"), getMaybeMissing(rs, "office_kw"),
              getMaybeMissing(rs, "computing_centre_kw"), getMaybeMissing(rs, "office_temperature_c")));
        }
      }
    }
    return out;
  }
}
