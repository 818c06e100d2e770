package org.convergence.core.strategy;

import java.util.List;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * A strategy's own settled history, as a strategy may see it when bidding for market day D: the value it added
 * over not trading ({@code q (P - I)} summed over the day's hours, GBP) on each earlier market day it traded that had
 * settled by D-1's run, i.e. days up to D-2 (D-1 is still being delivered at the gate). Oldest first. A strategy
 * that stops after a realised drawdown reads it; the others ignore it. Live runs give {@link #none()}; the backtest
 * gives each strategy its own record.
 */
public record TrackRecord(List<DailyValue> days) {
  /** One settled market day's value added, GBP. */
  public record DailyValue(MarketDay day, double valueAddedGbp) {
    public DailyValue {
      Objects.requireNonNull(day, "day");
      if (!Double.isFinite(valueAddedGbp)) {
        throw new IllegalArgumentException(day + ": value added must be finite, was " + valueAddedGbp);
      }
    }
  }

  public TrackRecord {
    days = List.copyOf(days);
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).day().compareTo(days.get(i - 1).day()) <= 0) {
        throw new IllegalArgumentException("a track record runs oldest first, one entry a day; " + days.get(i).day()
            + " follows " + days.get(i - 1).day());
      }
    }
  }

  public static TrackRecord none() {
    return new TrackRecord(List.of());
  }

  /** The latest market day a strategy bidding for {@code day} may know the outcome of: D-2. */
  public static MarketDay lastKnowable(MarketDay day) {
    return day.minusDays(2);
  }

  /** The entries a strategy bidding for {@code day} may see: those up to D-2. */
  public TrackRecord knownFor(MarketDay day) {
    MarketDay last = lastKnowable(day);
    int n = days.size();
    while (n > 0 && days.get(n - 1).day().compareTo(last) > 0) {
      n--;
    }
    return n == days.size() ? this : new TrackRecord(days.subList(0, n));
  }

  /** Sum of the daily values, GBP. */
  public double cumulativeGbp() {
    return days.stream().mapToDouble(DailyValue::valueAddedGbp).sum();
  }
}
