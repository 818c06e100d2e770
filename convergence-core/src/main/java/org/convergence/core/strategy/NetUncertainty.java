package org.convergence.core.strategy;

import java.util.Arrays;
import java.util.List;

/**
 * How far the site's actual hourly net energy strays from its forecast: a pool of past errors
 * {@code actual - forecast} (MWh per hour), known before the gate. The quantile of the net position at level
 * {@code tau} is the forecast plus the empirical {@code tau}-quantile of these errors (linear interpolation between
 * order statistics). Hours are pooled: the site's errors come mostly from the wind, which has no strong hour-of-day
 * pattern, and pooling gives 24 samples per past day. Without samples the forecast is taken as exact.
 */
public final class NetUncertainty {
  private final double[] sortedErrorsMWh;

  private NetUncertainty(double[] sortedErrorsMWh) {
    this.sortedErrorsMWh = sortedErrorsMWh;
  }

  public static NetUncertainty none() {
    return new NetUncertainty(new double[0]);
  }

  /** From past hourly errors, actual minus forecast net energy, MWh. Non-finite values are an error. */
  public static NetUncertainty ofErrors(List<Double> errorsMWh) {
    double[] a = new double[errorsMWh.size()];
    for (int i = 0; i < a.length; i++) {
      double e = errorsMWh.get(i);
      if (!Double.isFinite(e)) {
        throw new IllegalArgumentException("forecast error " + i + " must be finite, was " + e);
      }
      a[i] = e;
    }
    Arrays.sort(a);
    return new NetUncertainty(a);
  }

  public int sampleCount() {
    return sortedErrorsMWh.length;
  }

  /** The {@code level}-quantile of the forecast error, MWh (0 without samples). */
  public double errorQuantileMWh(double level) {
    if (!(level >= 0 && level <= 1)) {
      throw new IllegalArgumentException("quantile level must be within [0, 1], was " + level);
    }
    int n = sortedErrorsMWh.length;
    if (n == 0) {
      return 0;
    }
    if (n == 1) {
      return sortedErrorsMWh[0];
    }
    double pos = level * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, n - 1);
    double w = pos - lo;
    return sortedErrorsMWh[lo] + w * (sortedErrorsMWh[hi] - sortedErrorsMWh[lo]);
  }

  /** The {@code level}-quantile of the actual net energy given its forecast, MWh. */
  public double netQuantileMWh(double forecastNetMWh, double level) {
    return forecastNetMWh + errorQuantileMWh(level);
  }
}
