package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.getInstant;
import static org.convergence.persistence.Columns.setDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.time.MarketDay;

/** Tables {@code runs} and {@code run_notes}. */
final class RunRepository {
  private static final String SOURCE = "SOURCE";
  private static final String WARNING = "WARNING";

  private RunRepository() {}

  static void save(Connection c, RunRecord run) throws SQLException {
    Columns.deleteDay(c, run.day(), "run_notes", "runs");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (market_day, started_at, finished_at, status,"
        + " error_text, report_json) VALUES (?, ?, ?, ?, ?, ?)")) {
      setDay(ps, 1, run.day());
      Columns.setInstant(ps, 2, run.started());
      Columns.setNullableInstant(ps, 3, run.finished().orElse(null));
      ps.setString(4, run.status().name());
      Columns.setNullableText(ps, 5, run.error().orElse(null));
      Columns.setNullableText(ps, 6, run.reportJson().orElse(null));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO run_notes (market_day, note_kind, seq, note_text) VALUES (?, ?, ?, ?)")) {
      addNotes(ps, run.day(), SOURCE, run.sourcesUsed());
      addNotes(ps, run.day(), WARNING, run.warnings());
      ps.executeBatch();
    }
  }

  private static void addNotes(PreparedStatement ps, MarketDay day, String kind, List<String> notes)
      throws SQLException {
    for (int i = 0; i < notes.size(); i++) {
      setDay(ps, 1, day);
      ps.setString(2, kind);
      ps.setInt(3, i);
      ps.setString(4, notes.get(i));
      ps.addBatch();
    }
  }

  static Optional<RunRecord> find(Connection c, MarketDay day) throws SQLException {
    List<RunRecord> runs = between(c, day, day);
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
  }

  static List<RunRecord> between(Connection c, MarketDay from, MarketDay to) throws SQLException {
    Map<MarketDay, List<String>> sources = new HashMap<>();
    Map<MarketDay, List<String>> warnings = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, note_kind, note_text FROM run_notes"
        + " WHERE market_day BETWEEN ? AND ? ORDER BY market_day, note_kind, seq")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<MarketDay, List<String>> target = SOURCE.equals(rs.getString("note_kind")) ? sources : warnings;
          target.computeIfAbsent(getDay(rs, "market_day"), d -> new ArrayList<>()).add(rs.getString("note_text"));
        }
      }
    }
    List<RunRecord> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, started_at, finished_at, status, error_text,"
        + " report_json FROM runs WHERE market_day BETWEEN ? AND ? ORDER BY market_day")) {
      setDay(ps, 1, from);
      setDay(ps, 2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          MarketDay day = getDay(rs, "market_day");
          out.add(new RunRecord(day, getInstant(rs, "started_at"),
              Optional.ofNullable(getInstant(rs, "finished_at")), RunStatus.valueOf(rs.getString("status")),
              sources.getOrDefault(day, List.of()), warnings.getOrDefault(day, List.of()),
              Optional.ofNullable(rs.getString("error_text")), Optional.ofNullable(rs.getString("report_json"))));
        }
      }
    }
    return out;
  }
}
