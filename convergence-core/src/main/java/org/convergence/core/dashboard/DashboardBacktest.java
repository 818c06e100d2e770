package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.convergence.core.time.MarketDay;

/**
 * A backtest as the dashboard's strategy comparison shows it ({@code backtest.json}): the run-level facts, the days
 * it settled and, for every strategy, its daily value added over not trading on those days and the trading metrics.
 * GBP unless named otherwise; a metric that is not defined (e.g. the Sharpe ratio of {@code none}) is {@code NaN}.
 *
 * @param publishedStrategy the strategy whose metered days are published as the folder's market days
 * @param days the settled days, in order; every strategy's {@code dailyValueAddedGbp} runs over them
 * @param skipped the days left out, with the reason
 * @param dataSources what each input was read from (e.g. {@code readings}, {@code weather}, {@code prices})
 */
public record DashboardBacktest(String siteName, Instant generatedAt, MarketDay from, MarketDay to,
    String publishedStrategy, List<Day> days, Map<MarketDay, String> skipped, Map<String, String> dataSources,
    List<Strategy> strategies) {

  public DashboardBacktest {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(publishedStrategy, "publishedStrategy");
    days = List.copyOf(days);
    skipped = Map.copyOf(new TreeMap<>(skipped));
    dataSources = Map.copyOf(dataSources);
    strategies = List.copyOf(strategies);
    for (Strategy s : strategies) {
      if (s.dailyValueAddedGbp().size() != days.size()) {
        throw new IllegalArgumentException("backtest strategy " + s.name() + " has " + s.dailyValueAddedGbp().size()
            + " daily values, the backtest settled " + days.size() + " days");
      }
    }
  }

  /** The days whose market-day data this backtest publishes: the metered ones. */
  public List<MarketDay> publishedDays() {
    return days.stream().filter(Day::metered).map(Day::day).toList();
  }

  /**
   * A settled day, the same for every strategy.
   *
   * @param kind what the day's energy rests on: {@code metered}, {@code forecast} or {@code demand-only}
   * @param boundValueAddedGbp the perfect-foresight bound's value added on the day
   */
  public record Day(MarketDay day, String kind, boolean metered, double boundValueAddedGbp) {
    public Day {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * One strategy over the backtest: the value-added metrics over every settled day and the P&amp;L over the metered
   * ones.
   *
   * @param dailyValueAddedGbp the value added over not trading on each of the backtest's {@link #days}, in order
   */
  public record Strategy(String name, int valueDays, double valueAddedGbp, double boundValueAddedGbp,
      double boundShare, double sharpe, double valueAddedMaxDrawdownGbp, double worstDayGbp, double hitRate,
      int meteredDays, double pnlGbp, List<Double> dailyValueAddedGbp) {
    public Strategy {
      Objects.requireNonNull(name, "name");
      dailyValueAddedGbp = List.copyOf(dailyValueAddedGbp);
    }
  }
}
