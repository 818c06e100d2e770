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
    if (Double.isNaN(speedMps)) {
      throw new IllegalArgumentException("wind speed is missing (NaN)");
    }
    List<Double> x = curve.windSpeedMps();
    List<Double> y = curve.powerKw();
    int n = x.size();
    if (speedMps <= x.get(0)) {
      return y.get(0);
    }
    if (speedMps >= x.get(n - 1)) {
      return y.get(n - 1);
    }
    int i = 1;
    while (x.get(i) < speedMps) {
      i++;
    }
    double f = (speedMps - x.get(i - 1)) / (x.get(i) - x.get(i - 1));
    return switch (how) {
      case LINEAR -> y.get(i - 1) + f * (y.get(i) - y.get(i - 1));
      case LOG_SPACE -> {
        double a = Math.log(y.get(i - 1) * 1000 + 1);
        double b = Math.log(y.get(i) * 1000 + 1);
        yield (Math.exp(a + f * (b - a)) - 1) / 1000;
      }
    };
  }
}
