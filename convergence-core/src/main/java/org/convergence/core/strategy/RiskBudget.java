package org.convergence.core.strategy;

/**
 * How much risk the {@code ev} strategy may take (settings.yaml {@code strategy.risk.*}).
 *
 * @param maxPositionMW the most it may contract beyond the site's expected net in any hour, MW (= MWh per hour);
 *     the grid connection caps it further
 * @param dailyLossLimitGbp the day's loss at the stated confidence, CVaR of the scenario value added (the mean of
 *     the worst {@code 1 - lossConfidence} share of scenario days), must stay at or below this; positions beyond
 *     the expected net are scaled down until it does
 * @param lossConfidence the confidence of the loss limit, e.g. 0.95
 * @param drawdownStopGbp stop trading beyond the expected net while the realised value added has fallen this far
 *     below its peak within the last {@code drawdownWindowDays} settled days
 * @param drawdownWindowDays the window of that peak; while stopped the strategy adds nothing, so trading resumes
 *     once the peak has left the window
 * @param minEdgeGbpPerMWh the expected value a position beyond the expected net must add per MWh of it over
 *     hedging the net, GBP/MWh
 */
public record RiskBudget(double maxPositionMW, double dailyLossLimitGbp, double lossConfidence,
    double drawdownStopGbp, int drawdownWindowDays, double minEdgeGbpPerMWh) {
  public RiskBudget {
    require(maxPositionMW >= 0, "max_position_mw must be >= 0, was " + maxPositionMW);
    require(dailyLossLimitGbp > 0, "daily_loss_limit_gbp must be > 0, was " + dailyLossLimitGbp);
    require(lossConfidence > 0 && lossConfidence < 1, "loss_confidence must be within (0, 1), was " + lossConfidence);
    require(drawdownStopGbp > 0, "drawdown_stop_gbp must be > 0, was " + drawdownStopGbp);
    require(drawdownWindowDays >= 1, "drawdown_window_days must be >= 1, was " + drawdownWindowDays);
    require(minEdgeGbpPerMWh >= 0, "min_edge_gbp_per_mwh must be >= 0, was " + minEdgeGbpPerMWh);
  }

  private static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The budget chosen on 2021 (docs/daily-run-and-strategies.md), for a 1 MW grid connection. */
  public static RiskBudget defaults() {
    return new RiskBudget(1.0, 2000, 0.95, 5000, 28, 5.0);
  }
}
