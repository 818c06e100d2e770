package org.convergence.core.weather;

import java.util.Objects;
import org.convergence.core.time.Interval;

/**
 * The weather over one interval of a forecast (normally 30 minutes). Temperature, wind speed and pressure are the
 * values at the interval's midpoint; irradiances are means over the interval. {@code Double.NaN} marks a value the
 * source did not give (an explicit gap, never a silent zero); see {@link #isMissing(double)}.
 *
 * @param airTemperatureC air temperature at screen height, degrees C
 * @param windSpeedMps wind speed at the forecast's measurement height, m/s
 * @param ghiWm2 global horizontal irradiance, W/m2
 * @param dniWm2 direct normal irradiance, W/m2
 * @param dhiWm2 diffuse horizontal irradiance, W/m2
 * @param cloudCoverPct total cloud cover, 0..100 %
 * @param pressureHpa surface pressure, hPa
 * @param interpolated true when any value was interpolated between the source's own time steps
 */
public record WeatherSample(
    Interval interval,
    double airTemperatureC,
    double windSpeedMps,
    double ghiWm2,
    double dniWm2,
    double dhiWm2,
    double cloudCoverPct,
    double pressureHpa,
    boolean interpolated) {
  public WeatherSample {
    Objects.requireNonNull(interval, "interval");
    requireRange("wind speed", windSpeedMps, 0, 100);
    requireRange("GHI", ghiWm2, 0, 2000);
    requireRange("DNI", dniWm2, 0, 2000);
    requireRange("DHI", dhiWm2, 0, 2000);
    requireRange("cloud cover", cloudCoverPct, 0, 100);
    requireRange("air temperature", airTemperatureC, -90, 70);
    requireRange("pressure", pressureHpa, 300, 1100);
  }

  public static boolean isMissing(double value) {
    return Double.isNaN(value);
  }

  public boolean hasIrradiance() {
    return !isMissing(ghiWm2);
  }

  private static void requireRange(String name, double v, double min, double max) {
    if (!Double.isNaN(v) && !(v >= min && v <= max)) {
      throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "] or missing (NaN), was " + v);
    }
  }
}
