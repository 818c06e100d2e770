package org.convergence.core.price;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * The simple spread forecaster: the scenarios of day D are the last {@code lookbackDays} complete published days
 * (every hour with both prices, newest first), each day one joint scenario of {@code (P, S)} for all 24 hours: the
 * empirical distribution the trailing rules trade on. No published complete day gives one neutral scenario
 * ({@code P = S = 0}), on which no order has an expected value.
 */
public final class EmpiricalSpreadForecaster implements SpreadForecaster {
  public static final int DEFAULT_LOOKBACK_DAYS = 28;
  /** How far back complete days are searched, in multiples of the look-back. */
  static final int SEARCH_FACTOR = 3;

  private final int lookbackDays;

  public EmpiricalSpreadForecaster(int lookbackDays) {
    if (lookbackDays < 1) {
      throw new IllegalArgumentException("spread look-back must be >= 1 day, was " + lookbackDays);
    }
    this.lookbackDays = lookbackDays;
  }

  @Override
  public String id() {
    return "empirical-" + lookbackDays + "d";
  }

  @Override
  public SpreadForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    MarketDay from = day.minusDays((long) lookbackDays * SEARCH_FACTOR);
    PriceGrid grid = PriceGrid.of(history, from, day.previous(), asOf);
    List<Integer> days = new ArrayList<>();
    for (int d = grid.dayCount() - 1; d >= 0 && days.size() < lookbackDays; d--) {
      if (grid.complete(d)) {
        days.add(d);
      }
    }
    List<HourSpreadForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      int n = Math.max(1, days.size());
      double[] p = new double[n];
      double[] s = new double[n];
      for (int k = 0; k < days.size(); k++) {
        p[k] = grid.clearing(days.get(k), h.index());
        s[k] = grid.spread(days.get(k), h.index());
      }
      hours.add(new HourSpreadForecast(h, p, s));
    }
    return new SpreadForecast(day, id(), hours);
  }
}
