package org.convergence.core.store;

import java.util.List;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.time.MarketDay;

/** Port: how each hour settled (day-ahead cash, imbalance cash, P&amp;L). */
public interface SettlementStore {
  /**
   * Stores the settlement of {@code day}, replacing everything stored for that day. Every hour must belong to
   * {@code day}, at most one row per hour.
   */
  void saveSettlements(MarketDay day, List<HourSettlement> hours);

  /** Settled hours of the market days from..to (inclusive), ordered by day and hour. */
  List<HourSettlement> settlements(MarketDay from, MarketDay to);
}
