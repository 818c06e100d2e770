package org.convergence.core.carbon;

import java.util.Objects;
import org.convergence.core.time.Interval;

/**
 * Carbon intensity of grid electricity over one interval (GB, half-hourly), gCO2/kWh. {@code NaN} = not given
 * (the actual value exists only once the half-hour is over).
 *
 * @param index the publisher's band ("very low" .. "very high"), or "" when not given
 */
public record CarbonIntensity(Interval interval, double forecastGPerKWh, double actualGPerKWh, String index) {
  public CarbonIntensity {
    Objects.requireNonNull(interval, "interval");
    index = index == null ? "" : index;
    requireValid("forecast", forecastGPerKWh, interval);
    requireValid("actual", actualGPerKWh, interval);
  }

  private static void requireValid(String name, double v, Interval interval) {
    if (!Double.isNaN(v) && !(v >= 0 && v <= 2000)) {
      throw new IllegalArgumentException(interval + ": " + name + " carbon intensity must be within [0, 2000]"
          + " gCO2/kWh or missing (NaN), was " + v);
    }
  }

  /** The actual intensity when known, else the forecast; NaN when neither is. */
  public double bestGPerKWh() {
    return Double.isNaN(actualGPerKWh) ? forecastGPerKWh : actualGPerKWh;
  }
}
