package org.convergence.model.eval;

import smile.stat.distribution.GaussianDistribution;

/**
 * The Diebold-Mariano test between two day-ahead forecasts, as in epftoolbox's {@code DM} (Lago et al. 2021):
 * the loss differential of day {@code d} is {@code d_d = mean_h |e1| - mean_h |e2|} (multivariate, norm 1) or, per
 * hour, {@code |e1| - |e2|} (univariate); the statistic is {@code mean(d) / sqrt(var(d) / N)} and the one-sided
 * p-value {@code 1 - Phi(DM)} tests the null hypothesis that forecast 2 is not more accurate than forecast 1.
 */
public final class DieboldMariano {
  /** Statistic and one-sided p-value. */
  public record Result(double statistic, double pValue, int days) {}

  private DieboldMariano() {}

  /** Multivariate test on daily series {@code [day][24]}; days with a missing outcome are skipped. */
  public static Result multivariate(double[][] actual, double[][] forecast1, double[][] forecast2, int norm) {
    int days = actual.length;
    double[] d = new double[days];
    int n = 0;
    for (int i = 0; i < days; i++) {
      double l1 = 0;
      double l2 = 0;
      int hours = 0;
      for (int h = 0; h < actual[i].length; h++) {
        if (Double.isNaN(actual[i][h])) {
          continue;
        }
        l1 += Math.pow(Math.abs(actual[i][h] - forecast1[i][h]), norm);
        l2 += Math.pow(Math.abs(actual[i][h] - forecast2[i][h]), norm);
        hours++;
      }
      if (hours > 0) {
        d[n++] = (l1 - l2) / hours;
      }
    }
    return test(d, n);
  }

  /** Univariate test for one hour of the day. */
  public static Result univariate(double[][] actual, double[][] forecast1, double[][] forecast2, int norm,
      int hour) {
    double[] d = new double[actual.length];
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (!Double.isNaN(actual[i][hour])) {
        d[n++] = Math.pow(Math.abs(actual[i][hour] - forecast1[i][hour]), norm)
            - Math.pow(Math.abs(actual[i][hour] - forecast2[i][hour]), norm);
      }
    }
    return test(d, n);
  }

  static Result test(double[] d, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("the Diebold-Mariano test needs at least 2 days, has " + n);
    }
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += d[i];
    }
    mean /= n;
    double var = 0;
    for (int i = 0; i < n; i++) {
      var += (d[i] - mean) * (d[i] - mean);
    }
    var /= n; // numpy.var(d, ddof=0), as epftoolbox
    double stat = mean / Math.sqrt(var / n);
    double p = 1 - GaussianDistribution.getInstance().cdf(stat);
    return new Result(stat, p, n);
  }
}
