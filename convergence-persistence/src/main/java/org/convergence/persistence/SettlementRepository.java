package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.setDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Table {@code settlements}. */
final class SettlementRepository {
  private SettlementRepository() {}

  static void save(Connection c, MarketDay day, List<HourSettlement> hours) throws SQLException {
    Columns.deleteDay(c, day, "settlements");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO settlements (market_day, hour_id, filled,"
        + " contracted_net_mwh, actual_net_mwh, clearing_price_gbp_per_mwh, imbalance_price_gbp_per_mwh,"
        + " day_ahead_cash_gbp, imbalance_cash_gbp, pnl_gbp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (HourSettlement s : hours) {
        setDay(ps, 1, day);
        ps.setInt(2, s.hour().value());
        ps.setBoolean(3, s.filled());
        ps.setDouble(4, s.contractedNetMWh());
        ps.setDouble(5, s.actualNetMWh());
        ps.setDouble(6, s.clearingPriceGbpPerMWh());
        ps.setDouble(7, s.imbalancePriceGbpPerMWh());
        ps.setDouble(8, s.dayAheadCashGbp());
        ps.setDouble(9, s.imbalanceCashGbp());
        ps.setDouble(10, s.pnlGbp());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<HourSettlement> between(Connection c, MarketDay from, MarketDay to) throws SQLException {
    List<HourSettlement> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, hour_id, filled, contracted_net_mwh,"
        + " actual_net_mwh, clearing_price_gbp_per_mwh, imbalance_price_gbp_per_mwh, day_ahead_cash_gbp,"
        + " imbalance_cash_gbp FROM settlements WHERE market_day BETWEEN ? AND ? ORDER BY market_day, hour_id")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new HourSettlement(getDay(rs, "market_day"), HourId.of(rs.getInt("hour_id")),
              rs.getBoolean("filled"), rs.getDouble("contracted_net_mwh"), rs.getDouble("actual_net_mwh"),
              rs.getDouble("clearing_price_gbp_per_mwh"), rs.getDouble("imbalance_price_gbp_per_mwh"),
              rs.getDouble("day_ahead_cash_gbp"), rs.getDouble("imbalance_cash_gbp")));
        }
      }
    }
    return out;
  }
}
