package org.convergence.model.eval;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Quantiles for a point forecaster from the empirical distribution of its own recent out-of-sample errors, hour by
 * hour: the quantile at level q of hour h is {@code point + Q_q(actual - forecast)} over the last
 * {@code memoryDays} scored days of that hour (split-conformal style). Only errors of days whose outcome was known
 * at the gate may be added.
 */
public final class ResidualQuantiles {
  public static final double[] DEFAULT_LEVELS = {0.1, 0.5, 0.9};

  private final int memoryDays;
  private final double[] levels;
  private final Deque<double[]> residuals = new ArrayDeque<>();

  public ResidualQuantiles(int memoryDays, double[] levels) {
    if (memoryDays < 5) {
      throw new IllegalArgumentException("residual memory must be at least 5 days, was " + memoryDays);
    }
    this.memoryDays = memoryDays;
    this.levels = levels.clone();
  }

  public double[] levels() {
    return levels.clone();
  }

  public int size() {
    return residuals.size();
  }

  /** Records the errors {@code actual - forecast} of one day (NaN where the outcome is missing). */
  public void add(double[] actual, double[] forecast) {
    double[] r = new double[24];
    for (int h = 0; h < 24; h++) {
      r[h] = actual[h] - forecast[h];
    }
    residuals.addLast(r);
    while (residuals.size() > memoryDays) {
      residuals.removeFirst();
    }
  }

  /** Quantile offsets {@code [level][hour]} from the recorded errors. */
  public double[][] offsets() {
    if (residuals.isEmpty()) {
      throw new IllegalStateException("no residuals recorded yet");
    }
    double[][] out = new double[levels.length][24];
    double[] col = new double[residuals.size()];
    for (int h = 0; h < 24; h++) {
      int n = 0;
      for (double[] r : residuals) {
        if (!Double.isNaN(r[h])) {
          col[n++] = r[h];
        }
      }
      double[] sorted = Arrays.copyOf(col, n);
      Arrays.sort(sorted);
      for (int l = 0; l < levels.length; l++) {
        out[l][h] = n == 0 ? 0 : empirical(sorted, levels[l]);
      }
    }
    return out;
  }

  /** Linear-interpolated empirical quantile of sorted values (numpy's default). */
  static double empirical(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Adds quantiles {@code point + offset} to a point forecast. */
  public static org.convergence.model.DayForecast withQuantiles(org.convergence.model.DayForecast f,
      double[] levels, double[][] offsets) {
    double[][] q = new double[levels.length][24];
    for (int h = 0; h < 24; h++) {
      double[] col = new double[levels.length];
      for (int l = 0; l < levels.length; l++) {
        col[l] = f.pointByHour()[h] + offsets[l][h];
      }
      Arrays.sort(col);
      for (int l = 0; l < levels.length; l++) {
        q[l][h] = col[l];
      }
    }
    return new org.convergence.model.DayForecast(f.day(), f.pointByHour(), levels.clone(), q);
  }
}
