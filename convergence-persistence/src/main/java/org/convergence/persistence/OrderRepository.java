package org.convergence.persistence;

import static org.convergence.persistence.Columns.getInstant;
import static org.convergence.persistence.Columns.setDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.store.OrderSubmission;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Tables {@code order_submissions}, {@code submitted_orders} and {@code held_orders}. */
final class OrderRepository {
  private OrderRepository() {}

  static void saveSubmission(Connection c, OrderSubmission s) throws SQLException {
    MarketDay day = s.day();
    Columns.deleteDay(c, day, "submitted_orders", "order_submissions");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_submissions (market_day, submitted_at,"
        + " accepted_count, receipt_message) VALUES (?, ?, ?, ?)")) {
      setDay(ps, 1, day);
      Columns.setInstant(ps, 2, s.submittedAt());
      ps.setInt(3, s.receipt().accepted());
      ps.setString(4, s.receipt().message());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO submitted_orders (market_day, hour_id, side,"
        + " volume_mwh, limit_price_gbp_per_mwh) VALUES (?, ?, ?, ?, ?)")) {
      for (Order o : s.orders().orders()) {
        bindOrder(ps, o);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bindOrder(PreparedStatement ps, Order o) throws SQLException {
    setDay(ps, 1, o.day());
    ps.setInt(2, o.hour().value());
    ps.setString(3, o.side().name());
    ps.setDouble(4, o.volumeMWh());
    ps.setDouble(5, o.limitPriceGbpPerMWh());
  }

  private static Order readOrder(ResultSet rs, MarketDay day) throws SQLException {
    return new Order(day, HourId.of(rs.getInt("hour_id")), Side.parse(rs.getString("side")),
        rs.getDouble("volume_mwh"), rs.getDouble("limit_price_gbp_per_mwh"));
  }

  static Optional<OrderSubmission> findSubmission(Connection c, MarketDay day) throws SQLException {
    Instant submittedAt;
    SubmissionReceipt receipt;
    try (PreparedStatement ps = c.prepareStatement("SELECT submitted_at, accepted_count, receipt_message"
        + " FROM order_submissions WHERE market_day = ?")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        submittedAt = getInstant(rs, "submitted_at");
        receipt = new SubmissionReceipt(rs.getInt("accepted_count"), rs.getString("receipt_message"));
      }
    }
    List<Order> orders = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT hour_id, side, volume_mwh, limit_price_gbp_per_mwh"
        + " FROM submitted_orders WHERE market_day = ? ORDER BY hour_id")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orders.add(readOrder(rs, day));
        }
      }
    }
    return Optional.of(new OrderSubmission(new OrderSet(day, orders), submittedAt, receipt));
  }

  static void saveHeld(Connection c, MarketDay day, List<HeldOrder> held) throws SQLException {
    Columns.deleteDay(c, day, "held_orders");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO held_orders (market_day, hour_id, side, volume_mwh,"
        + " limit_price_gbp_per_mwh, filled) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (HeldOrder h : held) {
        bindOrder(ps, h.order());
        if (h.filled().isPresent()) {
          ps.setBoolean(6, h.filled().get());
        } else {
          ps.setNull(6, java.sql.Types.BOOLEAN);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<HeldOrder> findHeld(Connection c, MarketDay day) throws SQLException {
    List<HeldOrder> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT hour_id, side, volume_mwh, limit_price_gbp_per_mwh,"
        + " filled FROM held_orders WHERE market_day = ? ORDER BY hour_id")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Order o = readOrder(rs, day);
          boolean filled = rs.getBoolean("filled");
          out.add(new HeldOrder(o, rs.wasNull() ? Optional.empty() : Optional.of(filled)));
        }
      }
    }
    return out;
  }

  /** The days with a submission or held orders, in order. */
  static List<MarketDay> tradedDays(Connection c) throws SQLException {
    java.util.TreeSet<MarketDay> days = new java.util.TreeSet<>();
    for (String table : List.of("order_submissions", "held_orders")) {
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT market_day FROM " + table);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days.add(Columns.getDay(rs, "market_day"));
        }
      }
    }
    return List.copyOf(days);
  }
}
