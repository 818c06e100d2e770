package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.setDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Tables {@code clearing_prices} and {@code imbalance_prices} (same shape). */
final class MarketDataRepository {
  static final String CLEARING = "clearing_prices";
  static final String IMBALANCE = "imbalance_prices";

  private MarketDataRepository() {}

  /** Replaces the prices of exactly the (day, hour) keys given. */
  static void save(Connection c, String table, List<HourPrice> prices) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(
            "DELETE FROM " + table + " WHERE market_day = ? AND hour_id = ?");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO " + table + " (market_day, hour_id, price_gbp_per_mwh) VALUES (?, ?, ?)")) {
      for (HourPrice p : prices) {
        setDay(delete, 1, p.day());
        delete.setInt(2, p.hour().value());
        delete.addBatch();
        setDay(insert, 1, p.day());
        insert.setInt(2, p.hour().value());
        insert.setDouble(3, p.priceGbpPerMWh());
        insert.addBatch();
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  static List<HourPrice> between(Connection c, String table, MarketDay from, MarketDay to) throws SQLException {
    List<HourPrice> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, hour_id, price_gbp_per_mwh FROM " + table
        + " WHERE market_day BETWEEN ? AND ? ORDER BY market_day, hour_id")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new HourPrice(getDay(rs, "market_day"), HourId.of(rs.getInt("hour_id")),
              rs.getDouble("price_gbp_per_mwh")));
        }
      }
    }
    return out;
  }
}
