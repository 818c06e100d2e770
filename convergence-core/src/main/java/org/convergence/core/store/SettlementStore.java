package org.convergence.core.store;

import java.util.List;
import java.util.Optional;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.time.MarketDay;

/** Port: how each hour settled (day-ahead cash, imbalance cash, P&amp;L), and where each traded day's settlement stands. */
public interface SettlementStore {
  /**
   * Stores the settlement of {@code day}, replacing every hour stored for that day. Every hour must belong to
   * {@code day}, at most one row per hour.
   */
  void saveSettlements(MarketDay day, List<HourSettlement> hours);

  /** Settled hours of the market days from..to (inclusive), ordered by day and hour. */
  List<HourSettlement> settlements(MarketDay from, MarketDay to);

  /**
   * Stores a day's settlement record, replacing the one stored for its day. A {@link SettlementStatus#SETTLED}
   * record also replaces the day's hours (one row per hour, with its source); a pending one leaves them alone.
   */
  void saveSettlementRecord(SettlementRecord record);

  /** The day's record with its hours; empty when the day was never settled nor found pending. */
  Optional<SettlementRecord> settlementRecord(MarketDay day);

  /** Records of the market days from..to (inclusive), ordered by day. */
  List<SettlementRecord> settlementRecords(MarketDay from, MarketDay to);
}
