package org.convergence.connectors.weather;

import java.time.Instant;
import java.util.Objects;

/**
 * One hourly time step of a forecast source, before resampling to the 30-minute grid. {@code NaN} = not given.
 *
 * <p>Two kinds of value, because services publish them differently:
 * <ul>
 *   <li>point values valid at {@link #time()}: air temperature, wind speed, pressure, cloud cover;
 *   <li>irradiances as the mean over the hour <em>ending</em> at {@link #time()}, i.e. over [time - 1 h, time)
 *       (Open-Meteo's convention for shortwave_radiation, direct_normal_irradiance, diffuse_radiation).
 * </ul>
 *
 * @param pressureHpa surface pressure at the site, hPa
 */
public record HourlyWeather(
    Instant time,
    double airTemperatureC,
    double windSpeedMps,
    double pressureHpa,
    double cloudCoverPct,
    double ghiWm2MeanOfPrecedingHour,
    double dniWm2MeanOfPrecedingHour,
    double dhiWm2MeanOfPrecedingHour) {
  public HourlyWeather {
    Objects.requireNonNull(time, "time");
  }

  /** A step with only point values (no irradiance, no cloud cover), as the Met Office spot forecast gives. */
  public static HourlyWeather points(Instant time, double airTemperatureC, double windSpeedMps, double pressureHpa) {
    return new HourlyWeather(time, airTemperatureC, windSpeedMps, pressureHpa, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
  }
}
