package org.convergence.core.backtest;

import java.util.List;
import java.util.Map;
import org.convergence.core.time.MarketDay;

/**
 * A backtest's outcome: the days settled (metered or price-only, in order), the days left out with the reason, and
 * one result per strategy in the order asked for. {@code oraclePnlGbp} and {@code boundPnlGbp} are over the metered
 * days, as the strategies' P&amp;L.
 */
public record BacktestResult(
    MarketDay from, MarketDay to, List<SettledDay> days, Map<MarketDay, String> skipped,
    List<StrategyResult> strategies, double oraclePnlGbp, double boundPnlGbp) {
  public BacktestResult {
    days = List.copyOf(days);
    skipped = Map.copyOf(skipped);
    strategies = List.copyOf(strategies);
  }

  public StrategyResult strategy(String name) {
    return strategies.stream().filter(s -> s.strategy().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no strategy '" + name + "' in this backtest"));
  }

  /** Settled days whose energy is metered. */
  public long meteredDays() {
    return days.stream().filter(d -> d.kind().metered()).count();
  }

  /** Settled days without complete readings (own forecast or demand-only profile). */
  public long priceOnlyDays() {
    return days.size() - meteredDays();
  }
}
