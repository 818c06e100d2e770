package org.convergence.core.wind;

import java.util.List;
import org.convergence.core.site.PowerCurve;

/** Power of one turbine from its curve at a hub-height wind speed, kW. */
public final class PowerCurves {
  private PowerCurves() {}

  /** How power is read between the curve's points. */
  public enum Interpolation {
    /** Straight lines between points (windpowerlib's power_curve). */
    LINEAR,
    /** Linear in ln(1 + P[W]), as the seed did: {@code exp(interp(v, x, ln(y + 1))) - 1}. */
    LOG_SPACE
  }

  /**
   * Power, kW, at a hub-height speed, without cut-in/cut-out: held at the end values outside the curve's range
   * (numpy.interp's behaviour).
   */
  public static double interpolate(PowerCurve curve, Interpolation how, double speedMps) {
    return new Table(curve, how).kw(speedMps);
  }

  /**
   * The first index in {@code [from, to)} whose value is at least {@code key}, in an array non-decreasing there;
   * {@code to} if none (a lower-bound binary search: among equal values, the first).
   */
  static int firstAtLeast(double[] nonDecreasing, int from, int to, double key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (nonDecreasing[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A curve read as {@link #interpolate} reads it, from primitive arrays with the log-space powers taken once: the
   * same value to the last bit, for a model that reads one curve millions of times (the residual correction inverts
   * every metered half-hour's power).
   */
  static final class Table {
    private final double[] speedMps;
    private final double[] kw;
    /** ln(1 + P[W]) of each point (LOG_SPACE only). */
    private final double[] logW;
    private final Interpolation how;

    Table(PowerCurve curve, Interpolation how) {
      List<Double> x = curve.windSpeedMps();
      List<Double> y = curve.powerKw();
      this.speedMps = x.stream().mapToDouble(Double::doubleValue).toArray();
      this.kw = y.stream().mapToDouble(Double::doubleValue).toArray();
      this.logW = y.stream().mapToDouble(p -> Math.log(p * 1000 + 1)).toArray();
      this.how = how;
    }

    double kw(double speedMps) {
      if (Double.isNaN(speedMps)) {
        throw new IllegalArgumentException("wind speed is missing (NaN)");
      }
      double[] x = this.speedMps;
      int n = x.length;
      if (speedMps <= x[0]) {
        return kw[0];
      }
      if (speedMps >= x[n - 1]) {
        return kw[n - 1];
      }
      // the first point at or above the speed (x strictly increasing: x[0] < speed < x[n-1])
      int i = firstAtLeast(x, 1, n - 1, speedMps);
      double f = (speedMps - x[i - 1]) / (x[i] - x[i - 1]);
      return switch (how) {
        case LINEAR -> kw[i - 1] + f * (kw[i] - kw[i - 1]);
        case LOG_SPACE -> (Math.exp(logW[i - 1] + f * (logW[i] - logW[i - 1])) - 1) / 1000;
      };
    }
  }
}
