package org.convergence.core.backtest;

import java.util.List;
import java.util.Objects;

/**
 * One strategy over a backtest's days: total P&amp;L and its day-ahead and imbalance parts, the value it added over
 * trading nothing ({@code none}) on the same days, the standard deviation of its daily P&amp;L, its maximum drawdown
 * (largest fall of cumulative P&amp;L from a previous peak, starting from 0), and the perfect-foresight hedge's P&amp;L
 * on the same days. GBP.
 */
public record StrategyResult(
    String strategy,
    int days,
    double pnlGbp,
    double dayAheadGbp,
    double imbalanceGbp,
    double valueAddedGbp,
    double dailySdGbp,
    double maxDrawdownGbp,
    double oraclePnlGbp,
    List<DailyPnl> daily) {
  public StrategyResult {
    Objects.requireNonNull(strategy, "strategy");
    daily = List.copyOf(daily);
  }

  /** Sample standard deviation of the daily values (0 for fewer than 2). */
  public static double sd(List<Double> values) {
    int n = values.size();
    if (n < 2) {
      return 0;
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(ss / (n - 1));
  }

  /** Largest drop of the running sum from its running maximum (the sum starts at 0), >= 0. */
  public static double maxDrawdown(List<Double> values) {
    double cum = 0;
    double peak = 0;
    double worst = 0;
    for (double v : values) {
      cum += v;
      peak = Math.max(peak, cum);
      worst = Math.max(worst, peak - cum);
    }
    return worst;
  }
}
