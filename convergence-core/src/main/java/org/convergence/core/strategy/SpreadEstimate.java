package org.convergence.core.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * The empirical distribution of the day-ahead minus imbalance price spread {@code S = P - I} (GBP/MWh) per hour of
 * the market day, from recent history that was known before the gate.
 *
 * <p>Estimation: for each hour_ID, the spreads of that hour over the last {@code lookbackDays} market days whose
 * hour had ended at {@code asOf} (both prices recorded). An hour with fewer than {@value #MIN_SAMPLES_PER_HOUR}
 * samples uses all hours' samples pooled. No samples at all gives the neutral estimate: mean 0 and no
 * up- or downside, so strategies that rest on the spread fall back to the expected net.
 *
 * <p>Trailing means ({@link #trailingMeanGbpPerMWh}): the estimate also keeps, day by day, the spreads of the whole
 * market days D-2, D-3, ... (up to {@link #trailingCapacityDays()} of them), the days fully settled before D-1's run;
 * the trailing-N rules average the last N of those per hour. D-1's hours are left out there even when some had
 * ended by the run's time, as the GB spread facts were measured (only spreads up to D-2 known at the gate).
 */
public final class SpreadEstimate {
  /** Below this many samples for an hour, the pooled samples of all hours are used. */
  public static final int MIN_SAMPLES_PER_HOUR = 7;
  /** Default look-back, market days. */
  public static final int DEFAULT_LOOKBACK_DAYS = 28;

  /** The longest trailing window every estimate from history can answer, market days. */
  public static final int MAX_TRAILING_DAYS = 28;
  /**
   * How many whole settled days (D-2 backwards) an estimate from history keeps: twice the longest window, so a
   * trailing-N signal can also be replayed on each of the last {@link #MAX_TRAILING_DAYS} settled days.
   */
  public static final int SETTLED_HISTORY_DAYS = 2 * MAX_TRAILING_DAYS;

  private final List<List<Double>> byHour;
  private final List<Double> pooled;
  /** Row k: the 24 hourly spreads of market day D-2-k (NaN where a price is missing). */
  private final double[][] settledDays;

  private SpreadEstimate(List<List<Double>> byHour, double[][] settledDays) {
    this.byHour = byHour.stream().map(List::copyOf).toList();
    this.pooled = byHour.stream().flatMap(List::stream).toList();
    this.settledDays = settledDays;
  }

  /** No history: a neutral estimate. */
  public static SpreadEstimate none() {
    List<List<Double>> empty = new ArrayList<>();
    for (int i = 0; i < HourId.LAST; i++) {
      empty.add(List.of());
    }
    return new SpreadEstimate(empty, new double[0][]);
  }

  /** From explicit spread samples (GBP/MWh) per hour, hour 1 first (24 lists). */
  public static SpreadEstimate ofSamples(List<List<Double>> samplesByHour) {
    if (samplesByHour.size() != HourId.LAST) {
      throw new IllegalArgumentException("spread samples need 24 hours, have " + samplesByHour.size());
    }
    return new SpreadEstimate(samplesByHour, new double[0][]);
  }

  /**
   * Estimates the spread for market day {@code day} from {@code history}, using only hours whose delivery ended at
   * or before {@code asOf}.
   */
  public static SpreadEstimate fromHistory(PriceHistory history, MarketDay day, Instant asOf, int lookbackDays) {
    if (lookbackDays < 1) {
      throw new IllegalArgumentException("look-back must be >= 1 day, was " + lookbackDays);
    }
    int trailing = Math.max(lookbackDays, SETTLED_HISTORY_DAYS);
    MarketDay from = day.minusDays(lookbackDays);
    MarketDay trailingFrom = day.minusDays(trailing + 1L);
    MarketDay first = from.compareTo(trailingFrom) < 0 ? from : trailingFrom;
    MarketDay to = day.previous();
    Map<HourKey, Double> clearing = new HashMap<>();
    for (HourPrice p : history.clearingPrices(first, to)) {
      if (!p.day().hour(p.hour()).end().isAfter(asOf)) {
        clearing.put(new HourKey(p.day(), p.hour()), p.priceGbpPerMWh());
      }
    }
    List<List<Double>> byHour = new ArrayList<>();
    for (int i = 0; i < HourId.LAST; i++) {
      byHour.add(new ArrayList<>());
    }
    double[][] settled = new double[trailing][HourId.LAST];
    for (double[] row : settled) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    long lastSettled = day.date().toEpochDay() - 2;
    for (HourPrice imb : history.imbalancePrices(first, to)) {
      Double da = clearing.get(new HourKey(imb.day(), imb.hour()));
      if (da == null || imb.day().hour(imb.hour()).end().isAfter(asOf)) {
        continue;
      }
      double spread = da - imb.priceGbpPerMWh();
      if (imb.day().compareTo(from) >= 0) {
        byHour.get(imb.hour().index()).add(spread);
      }
      long k = lastSettled - imb.day().date().toEpochDay();
      if (k >= 0 && k < trailing) {
        settled[(int) k][imb.hour().index()] = spread;
      }
    }
    return new SpreadEstimate(byHour, settled);
  }

  /** How many whole settled days (D-2 backwards) {@link #trailingMeanGbpPerMWh} can average over. */
  public int trailingCapacityDays() {
    return settledDays.length;
  }

  /**
   * Mean spread of {@code hour} over the market days D-{@code days}-1 .. D-2 that have both prices, GBP/MWh; NaN
   * when none has (always, for an estimate not made from history).
   */
  public double trailingMeanGbpPerMWh(HourId hour, int days) {
    return trailingMeanGbpPerMWh(hour, days, 0);
  }

  /**
   * The trailing mean as it stood {@code daysBack} days earlier: the mean spread of {@code hour} over the settled
   * days D-2-{@code daysBack} back to D-1-{@code daysBack}-{@code days}, GBP/MWh; NaN when none has both prices.
   */
  public double trailingMeanGbpPerMWh(HourId hour, int days, int daysBack) {
    if (days < 1 || daysBack < 0) {
      throw new IllegalArgumentException("a trailing window needs >= 1 day and >= 0 days back, was " + days + ", "
          + daysBack);
    }
    if (settledDays.length > 0 && days + daysBack > settledDays.length) {
      throw new IllegalArgumentException("this spread estimate keeps " + settledDays.length
          + " settled days, not " + (days + daysBack));
    }
    double sum = 0;
    int n = 0;
    for (int k = daysBack; k < Math.min(daysBack + days, settledDays.length); k++) {
      double v = settledDays[k][hour.index()];
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The spread of {@code hour} on the settled day D-2-{@code daysBack}, GBP/MWh; NaN when unknown. */
  public double settledSpreadGbpPerMWh(HourId hour, int daysBack) {
    return daysBack >= 0 && daysBack < settledDays.length ? settledDays[daysBack][hour.index()] : Double.NaN;
  }

  /** The samples used for an hour (its own, or all hours pooled when it has too few). */
  public List<Double> samples(HourId hour) {
    List<Double> own = byHour.get(hour.index());
    return own.size() >= MIN_SAMPLES_PER_HOUR ? own : pooled;
  }

  public int sampleCount(HourId hour) {
    return samples(hour).size();
  }

  /** Mean spread E[P - I], GBP/MWh (0 without samples). */
  public double meanGbpPerMWh(HourId hour) {
    return samples(hour).stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** Standard error of the mean spread, GBP/MWh (infinite with fewer than 2 samples). */
  public double standardErrorGbpPerMWh(HourId hour) {
    List<Double> s = samples(hour);
    if (s.size() < 2) {
      return Double.POSITIVE_INFINITY;
    }
    double mean = meanGbpPerMWh(hour);
    double ss = s.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    return Math.sqrt(ss / (s.size() - 1)) / Math.sqrt(s.size());
  }

  /**
   * Expected cost of one MWh left long (surplus not contracted, sold at the imbalance price instead of the
   * day-ahead price): E[(P - I)+], GBP/MWh.
   */
  public double longCostGbpPerMWh(HourId hour) {
    return samples(hour).stream().mapToDouble(x -> Math.max(x, 0)).average().orElse(0);
  }

  /**
   * Expected cost of one MWh left short (contracted but not produced, bought back at the imbalance price):
   * E[(I - P)+], GBP/MWh.
   */
  public double shortCostGbpPerMWh(HourId hour) {
    return samples(hour).stream().mapToDouble(x -> Math.max(-x, 0)).average().orElse(0);
  }

  private record HourKey(MarketDay day, HourId hour) {}
}
