package org.convergence.model.spread;

import java.util.Arrays;
import java.util.List;
import org.convergence.core.price.PriceGrid;

/**
 * The scale-free feature row of (market day {@code d}, hour {@code h}) for the spread model, from a
 * {@link PriceGrid}, with the publication lags of each input. Spreads are divided by the day's spread scale
 * ({@link #spreadScale}: the mean absolute spread of all hours of D-29..D-2) and prices by their own recent level
 * (the median clearing price of the same hour over D-15..D-2), so a regression fitted in one price regime reads the
 * same in another (2022's prices were about twice 2021's):
 *
 * <ul>
 *   <li>calendar of D (hour, day of week): known in advance;
 *   <li>spreads and clearing prices of D-2 and older: every hour ended at least 33 hours before the as-of time
 *       (D-1 08:30 UTC), long published: trailing 7/14/28-day mean spreads of the hour, D-2's, D-3's and D-7's spread
 *       of the hour, D-2's mean spread, {@code rel2} = D-2's price of the hour over the hour's median, the hour's
 *       median over the day's (the daily shape), the mean sign of the three trailing means;
 *   <li>D-1's first {@code k} hours: only those whose delivery ended at least
 *       {@link org.convergence.core.price.SpreadForecaster#PUBLICATION_LAG} before the as-of time (k = 8 at
 *       08:30 UTC: hours 23:00-07:00 UTC); the forecaster passes k, and training rows are built with the same k:
 *       their mean spread, the spread of the last of them, their mean price over the same hours' medians.
 * </ul>
 *
 * A feature whose inputs are all missing (or whose price level is below {@value #MIN_LEVEL_GBP_PER_MWH} GBP/MWh) is
 * NaN; rows with NaN are dropped from training and filled with the training medians when forecasting.
 */
final class SpreadFeatures {
  static final List<String> NAMES = List.of("s_mean7_rel", "s_mean14_rel", "s_mean28_rel", "s_lag2_rel",
      "s_lag3_rel", "s_lag7_rel", "s_day2_mean_rel", "s_d1_mean_rel", "s_d1_last_rel", "p_rel2", "p_d1_rel",
      "p_shape", "hour", "dow", "trailing_sign_mean");
  /** Indices of the three trailing means, whose average is the model's trailing prior. */
  static final int[] TRAILING = {0, 1, 2};
  /** A price level (median) below this is no level to divide by. */
  static final double MIN_LEVEL_GBP_PER_MWH = 1.0;

  private SpreadFeatures() {}

  /** The spread scale of grid day {@code d}: mean |S| over all hours of D-29..D-2, GBP/MWh (NaN when none). */
  static double spreadScale(PriceGrid g, int d) {
    double s = 0;
    int n = 0;
    for (int t = d - 29; t <= d - 2; t++) {
      for (int h = 0; h < 24; h++) {
        double v = g.spread(t, h);
        if (!Double.isNaN(v)) {
          s += Math.abs(v);
          n++;
        }
      }
    }
    return n == 0 || s <= 0 ? Double.NaN : s / n;
  }

  /** The price level of hour {@code h} on grid day {@code d}: median clearing price over D-15..D-2 (NaN if none). */
  static double priceLevel(PriceGrid g, int d, int h) {
    double[] v = new double[14];
    int n = 0;
    for (int t = d - 15; t <= d - 2; t++) {
      double p = g.clearing(t, h);
      if (!Double.isNaN(p)) {
        v[n++] = p;
      }
    }
    return median(Arrays.copyOf(v, n));
  }

  /** The row, its spreads divided by {@code scale} ({@link #spreadScale} of the same day). */
  static double[] row(PriceGrid g, int d, int h, int k, double scale) {
    double[] x = new double[NAMES.size()];
    x[0] = meanSpread(g, d - 8, d - 2, h) / scale;
    x[1] = meanSpread(g, d - 15, d - 2, h) / scale;
    x[2] = meanSpread(g, d - 29, d - 2, h) / scale;
    x[3] = g.spread(d - 2, h) / scale;
    x[4] = g.spread(d - 3, h) / scale;
    x[5] = g.spread(d - 7, h) / scale;
    x[6] = dayMean(g, d - 2, 0, 24, true) / scale;
    x[7] = k > 0 ? dayMean(g, d - 1, 0, k, true) / scale : x[6];
    x[8] = k > 0 ? g.spread(d - 1, k - 1) / scale : g.spread(d - 2, 23) / scale;
    double level = priceLevel(g, d, h);
    x[9] = ratio(g.clearing(d - 2, h), level);
    if (k > 0) {
      double p = 0;
      double l = 0;
      for (int j = 0; j < k; j++) {
        p += g.clearing(d - 1, j);
        l += priceLevel(g, d, j);
      }
      x[10] = ratio(p, l);
    } else {
      x[10] = 1;
    }
    double[] all = new double[24];
    for (int j = 0; j < 24; j++) {
      all[j] = priceLevel(g, d, j);
    }
    x[11] = ratio(level, median(all));
    x[12] = h;
    x[13] = g.day(d).date().getDayOfWeek().getValue();
    x[14] = (Math.signum(x[0]) + Math.signum(x[1]) + Math.signum(x[2])) / 3;
    return x;
  }

  /** The trailing prior of a row: the mean of its three scaled trailing mean spreads (the trailing rules' vote). */
  static double trailingPrior(double[] x) {
    double s = 0;
    for (int j : TRAILING) {
      s += x[j];
    }
    return s / TRAILING.length;
  }

  static boolean complete(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }

  private static double ratio(double value, double level) {
    return Double.isNaN(level) || level < MIN_LEVEL_GBP_PER_MWH ? Double.NaN : value / level;
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

  private static double median(double[] v) {
    int n = v.length;
    for (double x : v) {
      if (Double.isNaN(x)) {
        n--;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
