package org.convergence.core.price;

import java.util.Arrays;
import java.util.Objects;
import org.convergence.core.time.HourId;

/**
 * The predictive distribution of one hour of a market day as equally weighted joint scenarios of the clearing price
 * {@code P} and the spread {@code S = P - I} (day-ahead minus imbalance price), GBP/MWh. Scenario {@code k} of every
 * hour of a {@link SpreadForecast} comes from the same draw, so the scenarios are joint across hours too: a limit
 * order is valued on them by asking, per scenario, whether it fills ({@code P} against the limit) and what it then
 * earns ({@code S}).
 */
public final class HourSpreadForecast {
  private final HourId hour;
  private final double[] clearingGbpPerMWh;
  private final double[] spreadGbpPerMWh;
  private final double[] sortedClearing;
  private final double[] sortedSpread;

  public HourSpreadForecast(HourId hour, double[] clearingGbpPerMWh, double[] spreadGbpPerMWh) {
    this.hour = Objects.requireNonNull(hour, "hour");
    if (clearingGbpPerMWh.length != spreadGbpPerMWh.length || clearingGbpPerMWh.length == 0) {
      throw new IllegalArgumentException(hour + ": need as many clearing as spread scenarios (at least one), have "
          + clearingGbpPerMWh.length + " and " + spreadGbpPerMWh.length);
    }
    for (int k = 0; k < clearingGbpPerMWh.length; k++) {
      if (!Double.isFinite(clearingGbpPerMWh[k]) || !Double.isFinite(spreadGbpPerMWh[k])) {
        throw new IllegalArgumentException(hour + ": scenario " + k + " is not finite");
      }
    }
    this.clearingGbpPerMWh = clearingGbpPerMWh.clone();
    this.spreadGbpPerMWh = spreadGbpPerMWh.clone();
    this.sortedClearing = clearingGbpPerMWh.clone();
    Arrays.sort(sortedClearing);
    this.sortedSpread = spreadGbpPerMWh.clone();
    Arrays.sort(sortedSpread);
  }

  public HourId hour() {
    return hour;
  }

  public int scenarioCount() {
    return clearingGbpPerMWh.length;
  }

  /** Clearing price of scenario {@code k}, GBP/MWh. */
  public double clearingGbpPerMWh(int k) {
    return clearingGbpPerMWh[k];
  }

  /** Spread {@code P - I} of scenario {@code k}, GBP/MWh. */
  public double spreadGbpPerMWh(int k) {
    return spreadGbpPerMWh[k];
  }

  /** Imbalance price of scenario {@code k}, {@code P - S}, GBP/MWh. */
  public double imbalanceGbpPerMWh(int k) {
    return clearingGbpPerMWh[k] - spreadGbpPerMWh[k];
  }

  public double meanSpreadGbpPerMWh() {
    return Arrays.stream(spreadGbpPerMWh).average().orElseThrow();
  }

  public double meanClearingGbpPerMWh() {
    return Arrays.stream(clearingGbpPerMWh).average().orElseThrow();
  }

  /** The spread's empirical quantile (linear between order statistics), GBP/MWh. */
  public double spreadQuantile(double level) {
    return quantile(sortedSpread, level);
  }

  /** The clearing price's empirical quantile (linear between order statistics), GBP/MWh. */
  public double clearingQuantile(double level) {
    return quantile(sortedClearing, level);
  }

  static double quantile(double[] sorted, double level) {
    if (!(level >= 0 && level <= 1)) {
      throw new IllegalArgumentException("quantile level must be within [0, 1], was " + level);
    }
    double pos = level * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HourSpreadForecast h && hour.equals(h.hour)
        && Arrays.equals(clearingGbpPerMWh, h.clearingGbpPerMWh) && Arrays.equals(spreadGbpPerMWh, h.spreadGbpPerMWh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hour, Arrays.hashCode(clearingGbpPerMWh), Arrays.hashCode(spreadGbpPerMWh));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: %d scenarios, E[S] %.2f, S q10/q50/q90 %.2f/%.2f/%.2f", hour,
        scenarioCount(), meanSpreadGbpPerMWh(), spreadQuantile(0.1), spreadQuantile(0.5), spreadQuantile(0.9));
  }
}
