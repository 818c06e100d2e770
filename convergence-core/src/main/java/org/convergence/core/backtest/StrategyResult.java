package org.convergence.core.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.strategy.Contracts;
import org.convergence.core.strategy.NoTradeStrategy;
import org.convergence.core.time.HourId;

/**
 * One strategy over a backtest. GBP unless named otherwise. Two sets of days:
 *
 * <ul>
 *   <li><b>P&amp;L and bill</b>, over the metered days only ({@link #days}): total P&amp;L and its day-ahead and
 *       imbalance parts, the standard deviation of daily P&amp;L, its maximum drawdown, the perfect-foresight
 *       hedge's P&amp;L ({@code oracle}) and the true bound's P&amp;L ({@link org.convergence.core.market.PerfectForesightBound}) on those days.
 *   <li><b>Value added</b>, over every settled day, metered or price-only ({@link #valueDays}): the daily value added
 *       over not trading, {@code q (P - I)} (= P&amp;L minus {@code none}'s on the same energy; it does not depend on
 *       the energy, so price-only days count in full). Its total, the bound's value added on the same days
 *       ({@code cap |P - I|} summed), their ratio {@link #boundShare}, the annualised Sharpe ratio of the daily value
 *       added (mean / sd x sqrt(365); empty for {@code none} and when the sd is 0), the maximum drawdown of its
 *       running sum, the worst day, the hit rate (share of the hours holding a position beyond the expected net,
 *       {@code |q - n| >= 1 kWh}, whose sign matches {@code P - I}; a tie counts as a miss; empty without such hours)
 *       and the mean absolute position beyond the expected net over all hours (MWh).
 * </ul>
 *
 * On a backtest whose days are all metered the two sets coincide, and {@code boundShare = valueAddedGbp /
 * (boundPnlGbp - pnlGbp of none)}.
 */
public record StrategyResult(
    String strategy,
    int days,
    double pnlGbp,
    double dayAheadGbp,
    double imbalanceGbp,
    double dailySdGbp,
    double maxDrawdownGbp,
    double oraclePnlGbp,
    double boundPnlGbp,
    int valueDays,
    double valueAddedGbp,
    double boundValueAddedGbp,
    OptionalDouble boundShare,
    OptionalDouble sharpe,
    double valueAddedMaxDrawdownGbp,
    OptionalDouble worstDayGbp,
    OptionalDouble hitRate,
    double meanAbsPositionBeyondNetMWh,
    List<DailyPnl> daily) {
  /** Days a year, for annualising the daily Sharpe ratio. */
  public static final double DAYS_PER_YEAR = 365;

  public StrategyResult {
    Objects.requireNonNull(strategy, "strategy");
    daily = List.copyOf(daily);
  }

  /**
   * The result of {@code strategy} from its settled days and the backtest's; {@code daily} and {@code settled} run
   * over the same days in the same order.
   */
  public static StrategyResult of(String strategy, List<DailyPnl> daily, List<SettledDay> settled) {
    if (daily.size() != settled.size()) {
      throw new IllegalArgumentException(strategy + ": " + daily.size() + " settled days, the backtest has "
          + settled.size());
    }
    List<Double> meteredPnl = new ArrayList<>();
    double da = 0;
    double imb = 0;
    double oracle = 0;
    double bound = 0;
    List<Double> value = new ArrayList<>();
    double boundValue = 0;
    int beyondHours = 0;
    int hits = 0;
    double absBeyond = 0;
    for (int i = 0; i < daily.size(); i++) {
      DailyPnl d = daily.get(i);
      SettledDay s = settled.get(i);
      if (!d.day().equals(s.day()) || d.kind() != s.kind()) {
        throw new IllegalArgumentException(strategy + ": day " + i + " is " + d.day() + " (" + d.kind()
            + "), the backtest's is " + s.day() + " (" + s.kind() + ")");
      }
      if (s.kind().metered()) {
        meteredPnl.add(d.pnlGbp());
        da += d.dayAheadGbp();
        imb += d.imbalanceGbp();
        oracle += s.oraclePnlGbp().orElseThrow();
        bound += s.boundPnlGbp();
      }
      value.add(d.valueAddedGbp());
      boundValue += s.boundValueAddedGbp();
      for (HourId h : HourId.all()) {
        double beyond = d.positionBeyondNetMWh(h);
        absBeyond += Math.abs(beyond);
        if (Math.abs(beyond) >= Contracts.VOLUME_STEP_MWH - 1e-9) {
          beyondHours++;
          HourSettlement hs = d.hours().get(h.index());
          double spread = hs.clearingPriceGbpPerMWh() - hs.imbalancePriceGbpPerMWh();
          if (Math.signum(beyond) == Math.signum(spread) && spread != 0) {
            hits++;
          }
        }
      }
    }
    double pnl = meteredPnl.stream().mapToDouble(Double::doubleValue).sum();
    double valueAdded = value.stream().mapToDouble(Double::doubleValue).sum();
    return new StrategyResult(strategy, meteredPnl.size(), pnl, da, imb, sd(meteredPnl), maxDrawdown(meteredPnl),
        oracle, bound, value.size(), valueAdded, boundValue,
        boundValue > 0 ? OptionalDouble.of(valueAdded / boundValue) : OptionalDouble.empty(),
        strategy.equals(NoTradeStrategy.NAME) ? OptionalDouble.empty() : sharpe(value),
        maxDrawdown(value), value.stream().mapToDouble(Double::doubleValue).min(),
        beyondHours == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / beyondHours),
        value.isEmpty() ? 0 : absBeyond / (value.size() * HourId.LAST), daily);
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

  /** Annualised Sharpe ratio of daily values: mean / sd x sqrt(365); empty for fewer than 2 days or sd 0. */
  public static OptionalDouble sharpe(List<Double> daily) {
    double sd = sd(daily);
    if (daily.size() < 2 || sd == 0) {
      return OptionalDouble.empty();
    }
    double mean = daily.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return OptionalDouble.of(mean / sd * Math.sqrt(DAYS_PER_YEAR));
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
