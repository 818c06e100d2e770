package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.getInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.core.store.ModelRecord;

/** Tables {@code models} and {@code model_metrics}. */
final class ModelRepository {
  private ModelRepository() {}

  static void register(Connection c, ModelRecord m) throws SQLException {
    if (m.champion()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE models SET champion = ? WHERE champion = ?")) {
        ps.setBoolean(1, false);
        ps.setBoolean(2, true);
        ps.executeUpdate();
      }
    }
    for (String table : List.of("model_metrics", "models")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE model_id = ?")) {
        ps.setString(1, m.id());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO models (model_id, created_at, trained_from,"
        + " trained_to, location, champion) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, m.id());
      Columns.setInstant(ps, 2, m.created());
      Columns.setDay(ps, 3, m.trainedFrom());
      Columns.setDay(ps, 4, m.trainedTo());
      ps.setString(5, m.location());
      ps.setBoolean(6, m.champion());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO model_metrics (model_id, metric_name, metric_value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
        ps.setString(1, m.id());
        ps.setString(2, e.getKey());
        ps.setDouble(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Makes {@code id} the only champion; false when there is no such model (nothing changed). */
  static boolean promote(Connection c, String id) throws SQLException {
    if (find(c, id).isEmpty()) {
      return false;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE models SET champion = CASE WHEN model_id = ? THEN TRUE ELSE FALSE END")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    return true;
  }

  static Optional<ModelRecord> find(Connection c, String id) throws SQLException {
    return query(c, " WHERE model_id = ?", id).stream().findFirst();
  }

  static Optional<ModelRecord> champion(Connection c) throws SQLException {
    return query(c, " WHERE champion = ?", Boolean.TRUE).stream().findFirst();
  }

  static List<ModelRecord> all(Connection c) throws SQLException {
    return query(c, "", null);
  }

  private static List<ModelRecord> query(Connection c, String where, Object arg) throws SQLException {
    Map<String, Map<String, Double>> metrics = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT model_id, metric_name, metric_value FROM model_metrics"
        + " WHERE model_id IN (SELECT model_id FROM models" + where + ")")) {
      bind(ps, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          metrics.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
        }
      }
    }
    List<ModelRecord> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT model_id, created_at, trained_from, trained_to,"
        + " location, champion FROM models" + where + " ORDER BY created_at, model_id")) {
      bind(ps, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("model_id");
          out.add(new ModelRecord(id, getInstant(rs, "created_at"), getDay(rs, "trained_from"),
              getDay(rs, "trained_to"), metrics.getOrDefault(id, Map.of()), rs.getString("location"),
              rs.getBoolean("champion")));
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, Object arg) throws SQLException {
    if (arg instanceof String s) {
      ps.setString(1, s);
    } else if (arg instanceof Boolean b) {
      ps.setBoolean(1, b);
    }
  }
}
