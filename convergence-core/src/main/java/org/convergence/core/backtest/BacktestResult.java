package org.convergence.core.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convergence.core.dashboard.DashboardBacktest;
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

  /**
   * This backtest as the dashboard's strategy comparison publishes it ({@code backtest.json}): every strategy's
   * daily value added over the settled days and its metrics; undefined metrics are {@code NaN}.
   *
   * @param publishedStrategy the strategy whose metered days were published as market days
   * @param dataSources what each input was read from
   */
  public DashboardBacktest dashboard(String siteName, Instant generatedAt, String publishedStrategy,
      Map<String, String> dataSources) {
    List<DashboardBacktest.Day> settled = days.stream().map(d -> new DashboardBacktest.Day(d.day(),
        d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.kind().metered(), d.boundValueAddedGbp()))
        .toList();
    List<DashboardBacktest.Strategy> out = new ArrayList<>();
    for (StrategyResult s : strategies) {
      out.add(new DashboardBacktest.Strategy(s.strategy(), s.valueDays(), s.valueAddedGbp(), s.boundValueAddedGbp(),
          s.boundShare().orElse(Double.NaN), s.sharpe().orElse(Double.NaN), s.valueAddedMaxDrawdownGbp(),
          s.worstDayGbp().orElse(Double.NaN), s.hitRate().orElse(Double.NaN), s.days(), s.pnlGbp(),
          s.daily().stream().map(DailyPnl::valueAddedGbp).toList()));
    }
    return new DashboardBacktest(siteName, generatedAt, from, to, publishedStrategy, settled, skipped, dataSources,
        out);
  }
}
