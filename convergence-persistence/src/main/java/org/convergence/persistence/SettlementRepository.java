package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.setDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.SettledHour;
import org.convergence.core.store.SettlementRecord;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Tables {@code settlements}, {@code settlement_days} and {@code settlement_warnings}. */
final class SettlementRepository {
  private static final String COLUMNS = "market_day, hour_id, filled, contracted_net_mwh, actual_net_mwh,"
      + " clearing_price_gbp_per_mwh, imbalance_price_gbp_per_mwh, day_ahead_cash_gbp, imbalance_cash_gbp, pnl_gbp,"
      + " no_trade_pnl_gbp, bound_pnl_gbp, exchange_filled, rule_filled, input_source, settled_at, revision";

  private SettlementRepository() {}

  static void save(Connection c, MarketDay day, List<HourSettlement> hours) throws SQLException {
    Columns.deleteDay(c, day, "settlements");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO settlements (" + COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (HourSettlement s : hours) {
        setHour(ps, day, s);
        ps.setNull(11, Types.DOUBLE);
        ps.setNull(12, Types.DOUBLE);
        ps.setNull(13, Types.BOOLEAN);
        ps.setNull(14, Types.BOOLEAN);
        ps.setNull(15, Types.VARCHAR);
        ps.setNull(16, Types.TIMESTAMP);
        ps.setNull(17, Types.INTEGER);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void saveRecord(Connection c, SettlementRecord r) throws SQLException {
    Columns.deleteDay(c, r.day(), "settlement_warnings", "settlement_days");
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO settlement_days (market_day, status, message, checked_at) VALUES (?, ?, ?, ?)")) {
      setDay(ps, 1, r.day());
      ps.setString(2, r.status().name());
      ps.setString(3, r.message());
      Columns.setInstant(ps, 4, r.checkedAt());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO settlement_warnings (market_day, seq, warning_text) VALUES (?, ?, ?)")) {
      for (int i = 0; i < r.warnings().size(); i++) {
        setDay(ps, 1, r.day());
        ps.setInt(2, i);
        ps.setString(3, r.warnings().get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    if (r.status() != SettlementStatus.SETTLED) {
      return;
    }
    Columns.deleteDay(c, r.day(), "settlements");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO settlements (" + COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SettledHour h : r.hours()) {
        setHour(ps, r.day(), h.settlement());
        Columns.setMaybeMissing(ps, 11, h.noTradePnlGbp());
        Columns.setMaybeMissing(ps, 12, h.boundPnlGbp());
        if (h.exchangeFilled().isPresent()) {
          ps.setBoolean(13, h.exchangeFilled().get());
        } else {
          ps.setNull(13, Types.BOOLEAN);
        }
        ps.setBoolean(14, h.ruleFilled());
        ps.setString(15, h.source());
        Columns.setInstant(ps, 16, h.settledAt());
        ps.setInt(17, h.revision());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void setHour(PreparedStatement ps, MarketDay day, HourSettlement s) throws SQLException {
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
  }

  static List<HourSettlement> between(Connection c, MarketDay from, MarketDay to) throws SQLException {
    return hours(c, from, to, Instant.EPOCH).stream().map(SettledHour::settlement).toList();
  }

  /** Stored hours; a row without settled_at (stored without a record) takes {@code defaultSettledAt}. */
  private static List<SettledHour> hours(Connection c, MarketDay from, MarketDay to, Instant defaultSettledAt)
      throws SQLException {
    List<SettledHour> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM settlements"
        + " WHERE market_day BETWEEN ? AND ? ORDER BY market_day, hour_id")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          HourSettlement s = new HourSettlement(getDay(rs, "market_day"), HourId.of(rs.getInt("hour_id")),
              rs.getBoolean("filled"), rs.getDouble("contracted_net_mwh"), rs.getDouble("actual_net_mwh"),
              rs.getDouble("clearing_price_gbp_per_mwh"), rs.getDouble("imbalance_price_gbp_per_mwh"),
              rs.getDouble("day_ahead_cash_gbp"), rs.getDouble("imbalance_cash_gbp"));
          boolean exchangeFilled = rs.getBoolean("exchange_filled");
          Optional<Boolean> flag = rs.wasNull() ? Optional.empty() : Optional.of(exchangeFilled);
          boolean ruleFilled = rs.getBoolean("rule_filled");
          if (rs.wasNull()) {
            ruleFilled = s.filled();
          }
          String source = rs.getString("input_source");
          Instant settledAt = Columns.getInstant(rs, "settled_at");
          int revision = rs.getInt("revision");
          if (rs.wasNull() || revision < 1) {
            revision = 1;
          }
          double noTrade = Columns.getMaybeMissing(rs, "no_trade_pnl_gbp");
          double bound = Columns.getMaybeMissing(rs, "bound_pnl_gbp");
          out.add(new SettledHour(s, noTrade, bound, flag, ruleFilled, source == null ? "" : source,
              settledAt == null ? defaultSettledAt : settledAt, revision));
        }
      }
    }
    return out;
  }

  static List<SettlementRecord> records(Connection c, MarketDay from, MarketDay to) throws SQLException {
    Map<MarketDay, List<String>> warnings = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, warning_text FROM settlement_warnings"
        + " WHERE market_day BETWEEN ? AND ? ORDER BY market_day, seq")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          warnings.computeIfAbsent(getDay(rs, "market_day"), d -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    record Row(MarketDay day, SettlementStatus status, String message, Instant checkedAt) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, status, message, checked_at"
        + " FROM settlement_days WHERE market_day BETWEEN ? AND ? ORDER BY market_day")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(getDay(rs, "market_day"), SettlementStatus.valueOf(rs.getString("status")),
              rs.getString("message"), Columns.getInstant(rs, "checked_at")));
        }
      }
    }
    List<SettlementRecord> out = new ArrayList<>();
    for (Row r : rows) {
      List<SettledHour> hours = r.status() == SettlementStatus.SETTLED
          ? hours(c, r.day(), r.day(), r.checkedAt()) : List.of();
      out.add(new SettlementRecord(r.day(), r.status(), r.message(), warnings.getOrDefault(r.day(), List.of()),
          r.checkedAt(), hours));
    }
    return out;
  }
}
