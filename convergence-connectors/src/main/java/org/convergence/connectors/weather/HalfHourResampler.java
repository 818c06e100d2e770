package org.convergence.connectors.weather;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Turns an hourly forecast into core's 30-minute {@link WeatherForecast} for a market day. The rules:
 *
 * <ul>
 *   <li><b>Point values</b> (temperature, wind speed, pressure, cloud cover) are interpolated <b>linearly in time</b>
 *       to the midpoint of each half-hour ({@link WeatherSample} holds midpoint values): the half-hour 23:00-23:30
 *       gets {@code 0.75 * v(23:00) + 0.25 * v(00:00)}. Interpolation only bridges two adjacent hourly steps; if
 *       either is absent or {@code NaN} the result is {@code NaN} (a gap stays a gap).
 *   <li><b>Irradiances</b> are interval means, not point samples: a half-hour inside the hour [T - 1 h, T) gets
 *       that hour's mean (the step stamped T). Spreading an hourly mean evenly over its two half-hours keeps the
 *       energy of the hour exactly; no shape is invented. Missing hour = {@code NaN}.
 *   <li>{@link WeatherSample#interpolated()} is true for every half-hour built this way, because no hourly source
 *       has a value at a half-hour's midpoint: each sample is derived from the source's own steps.
 * </ul>
 */
public final class HalfHourResampler {
  private static final Duration HOUR = Duration.ofHours(1);

  private HalfHourResampler() {}

  /**
   * The forecast for every half-hour of {@code day}. Steps outside the day are used only as neighbours; steps need
   * not be complete (missing ones give {@code NaN}) but must be on whole hours.
   */
  public static WeatherForecast forecast(String source, Instant issuedAt, double windMeasurementHeightM,
      MarketDay day, List<HourlyWeather> hourly) {
    NavigableMap<Instant, HourlyWeather> byTime = new TreeMap<>();
    for (HourlyWeather h : hourly) {
      if (h.time().getEpochSecond() % 3600 != 0 || h.time().getNano() != 0) {
        throw new IllegalArgumentException(source + ": hourly step " + h.time() + " is not on a whole hour");
      }
      if (byTime.put(h.time(), h) != null) {
        throw new IllegalArgumentException(source + ": two hourly steps at " + h.time());
      }
    }
    List<WeatherSample> samples = new ArrayList<>(48);
    for (Interval half : day.halfHours()) {
      Instant mid = half.midpoint();
      samples.add(new WeatherSample(
          half,
          pointAt(byTime, mid, HourlyWeather::airTemperatureC),
          pointAt(byTime, mid, HourlyWeather::windSpeedMps),
          meanOver(byTime, half, HourlyWeather::ghiWm2MeanOfPrecedingHour),
          meanOver(byTime, half, HourlyWeather::dniWm2MeanOfPrecedingHour),
          meanOver(byTime, half, HourlyWeather::dhiWm2MeanOfPrecedingHour),
          pointAt(byTime, mid, HourlyWeather::cloudCoverPct),
          pointAt(byTime, mid, HourlyWeather::pressureHpa),
          true));
    }
    return new WeatherForecast(source, issuedAt, windMeasurementHeightM, samples);
  }

  /** Linear interpolation of a point value at {@code t} between the hourly steps around it; NaN across a gap. */
  static double pointAt(NavigableMap<Instant, HourlyWeather> byTime, Instant t,
      ToDoubleFunction<HourlyWeather> field) {
    HourlyWeather exact = byTime.get(t);
    if (exact != null) {
      return field.applyAsDouble(exact);
    }
    Map.Entry<Instant, HourlyWeather> before = byTime.lowerEntry(t);
    Map.Entry<Instant, HourlyWeather> after = byTime.higherEntry(t);
    if (before == null || after == null || !before.getKey().plus(HOUR).equals(after.getKey())) {
      return Double.NaN;
    }
    double a = field.applyAsDouble(before.getValue());
    double b = field.applyAsDouble(after.getValue());
    double w = Duration.between(before.getKey(), t).toMillis() / (double) HOUR.toMillis();
    return a + (b - a) * w; // NaN if either end is NaN
  }

  /** The mean over a sub-hour interval: the mean of the hour [T - 1 h, T) that contains it. */
  static double meanOver(NavigableMap<Instant, HourlyWeather> byTime, Interval interval,
      ToDoubleFunction<HourlyWeather> field) {
    Instant hourEnd = Instant.ofEpochSecond(Math.floorDiv(interval.start().getEpochSecond(), 3600) * 3600 + 3600);
    if (interval.end().isAfter(hourEnd)) {
      return Double.NaN; // straddles two hours: not produced by the 30-minute market grid
    }
    HourlyWeather h = byTime.get(hourEnd);
    return h == null ? Double.NaN : field.applyAsDouble(h);
  }
}
