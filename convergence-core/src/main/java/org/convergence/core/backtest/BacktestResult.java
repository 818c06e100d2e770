package org.convergence.core.backtest;

import java.util.List;
import java.util.Map;
import org.convergence.core.time.MarketDay;

/**
 * A backtest's outcome: the days settled, the days left out with the reason, and one result per strategy in the
 * order asked for.
 */
public record BacktestResult(
    MarketDay from, MarketDay to, List<MarketDay> days, Map<MarketDay, String> skipped,
    List<StrategyResult> strategies, double oraclePnlGbp) {
  public BacktestResult {
    days = List.copyOf(days);
    skipped = Map.copyOf(skipped);
    strategies = List.copyOf(strategies);
  }

  public StrategyResult strategy(String name) {
    return strategies.stream().filter(s -> s.strategy().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no strategy '" + name + "' in this backtest"));
  }
}
