package org.convergence.model.spread;

import java.util.List;
import org.convergence.core.price.PriceGrid;

/**
 * The feature row of (market day {@code d}, hour {@code h}) for the spread model, from a {@link PriceGrid},
 * with the publication lags of each input:
 *
 * <ul>
 *   <li>calendar of D (hour, day of week): known in advance;
 *   <li>spreads and clearing prices of D-2 and older: every hour ended at least 33 hours before the as-of time
 *       (D-1 08:30 UTC), long published;
 *   <li>D-1's first {@code k} hours: only those whose delivery ended at least
 *       {@link org.convergence.core.price.SpreadForecaster#PUBLICATION_LAG} before the as-of time (k = 8 at
 *       08:30 UTC: hours 23:00-07:00 UTC); the forecaster passes k, and training rows are built with the same k;
 *   <li>rel: P of D-2 against the median of the same hour over D-2..D-15 (the research note: cheap hours clear above
 *       I, spikes below).
 * </ul>
 *
 * A feature whose inputs are all missing is NaN; rows with NaN are dropped from training and filled with the
 * training medians when forecasting.
 */
final class SpreadFeatures {
  static final List<String> NAMES = List.of("hour", "dow", "s_lag2", "s_lag3", "s_mean7", "s_mean14", "s_mean28",
      "s_day2_mean", "s_d1_mean", "s_d1_last", "p_lag2", "p_med14", "p_rel2", "p_d1_trend", "p_day2_mean",
      "s_abs14", "s_lag7");

  private SpreadFeatures() {}

  static double[] row(PriceGrid g, int d, int h, int k) {
    double[] x = new double[NAMES.size()];
    x[0] = h;
    x[1] = g.day(d).date().getDayOfWeek().getValue();
    x[2] = g.spread(d - 2, h);
    x[3] = g.spread(d - 3, h);
    x[4] = meanSpread(g, d - 8, d - 2, h);
    x[5] = meanSpread(g, d - 15, d - 2, h);
    x[6] = meanSpread(g, d - 29, d - 2, h);
    x[7] = dayMean(g, d - 2, 0, 24, true);
    x[8] = k > 0 ? dayMean(g, d - 1, 0, k, true) : x[7];
    x[9] = k > 0 ? g.spread(d - 1, k - 1) : g.spread(d - 2, 23);
    x[10] = g.clearing(d - 2, h);
    x[11] = medianClearing(g, d - 15, d - 2, h);
    x[12] = x[10] - x[11];
    x[13] = k > 0 ? dayMean(g, d - 1, 0, k, false) - dayMean(g, d - 2, 0, k, false) : 0;
    x[14] = dayMean(g, d - 2, 0, 24, false);
    x[15] = meanAbsSpread(g, d - 15, d - 2, h);
    x[16] = g.spread(d - 7, h);
    return x;
  }

  static boolean complete(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }

  private static double meanSpread(PriceGrid g, int from, int to, int h) {
    double s = 0;
    int n = 0;
    for (int d = from; d <= to; d++) {
      double v = g.spread(d, h);
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double meanAbsSpread(PriceGrid g, int from, int to, int h) {
    double s = 0;
    int n = 0;
    for (int d = from; d <= to; d++) {
      double v = g.spread(d, h);
      if (!Double.isNaN(v)) {
        s += Math.abs(v);
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double dayMean(PriceGrid g, int d, int fromHour, int toHourExclusive, boolean spread) {
    double s = 0;
    int n = 0;
    for (int h = fromHour; h < toHourExclusive; h++) {
      double v = spread ? g.spread(d, h) : g.clearing(d, h);
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double medianClearing(PriceGrid g, int from, int to, int h) {
    double[] v = new double[to - from + 1];
    int n = 0;
    for (int d = from; d <= to; d++) {
      double p = g.clearing(d, h);
      if (!Double.isNaN(p)) {
        v[n++] = p;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double[] s = java.util.Arrays.copyOf(v, n);
    java.util.Arrays.sort(s);
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
