package org.convergence.persistence;

import static org.convergence.persistence.Columns.getDay;
import static org.convergence.persistence.Columns.getInstant;
import static org.convergence.persistence.Columns.setDay;
import static org.convergence.persistence.Columns.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.convergence.core.store.DayLock;
import org.convergence.core.time.MarketDay;

/**
 * Table {@code day_locks}. Taking a lock is two statements, each its own transaction: delete the day's row when it
 * has expired or is the caller's own, then insert; the primary key lets only one of concurrent inserts succeed
 * (the others see a duplicate key and are refused), with no read-then-write race and no gap locks.
 */
final class DayLockRepository {
  private DayLockRepository() {}

  /** Deletes the lock of {@code lock}'s day and job when it has expired at {@code lock.acquiredAt()} or is its holder's. */
  static void clearStaleOrOwn(Connection c, DayLock lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM day_locks WHERE market_day = ? AND job = ?"
        + " AND (expires_at <= ? OR holder = ?)")) {
      setDay(ps, 1, lock.day());
      ps.setString(2, lock.job());
      setInstant(ps, 3, lock.acquiredAt());
      ps.setString(4, lock.holder());
      ps.executeUpdate();
    }
  }

  /** Inserts the lock; false when a row for its day and job exists (someone else holds it). */
  static boolean insert(Connection c, DayLock lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO day_locks (market_day, job, holder, acquired_at,"
        + " expires_at) VALUES (?, ?, ?, ?, ?)")) {
      setDay(ps, 1, lock.day());
      ps.setString(2, lock.job());
      ps.setString(3, lock.holder());
      setInstant(ps, 4, lock.acquiredAt());
      setInstant(ps, 5, lock.expiresAt());
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  /** SQLSTATE class 23 (integrity constraint violation): the key is taken. */
  private static boolean isDuplicateKey(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  static Optional<DayLock> find(Connection c, MarketDay day, String job) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day, job, holder, acquired_at, expires_at"
        + " FROM day_locks WHERE market_day = ? AND job = ?")) {
      setDay(ps, 1, day);
      ps.setString(2, job);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new DayLock(getDay(rs, "market_day"), rs.getString("job"), rs.getString("holder"),
            getInstant(rs, "acquired_at"), getInstant(rs, "expires_at")));
      }
    }
  }

  static void delete(Connection c, DayLock lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM day_locks WHERE market_day = ? AND job = ? AND holder = ?")) {
      setDay(ps, 1, lock.day());
      ps.setString(2, lock.job());
      ps.setString(3, lock.holder());
      ps.executeUpdate();
    }
  }
}
