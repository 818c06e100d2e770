package org.convergence.core.weather;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/**
 * The last resort of a backtest's weather chain, for days no recording covers: calm and dark (no wind, no sun, full
 * cloud) at a fixed air temperature, so an energy model forecasts the site's demand alone (the computing centre,
 * the office and its heating at that temperature) and no generation. It is a profile, not a forecast: it uses no
 * information at all, so it is "issued" at the instant it is asked for and can never look ahead. Reports name it
 * {@value #NAME}; a day it served is flagged as such.
 */
public final class DemandOnlyWeather implements WeatherSource {
  public static final String NAME = "demand-only";
  /** Default air temperature, degrees C: about the GB annual mean. */
  public static final double DEFAULT_AIR_TEMPERATURE_C = 10.0;
  /** Standard sea-level pressure, hPa. */
  static final double PRESSURE_HPA = 1013.25;

  private final double airTemperatureC;
  private final double windMeasurementHeightM;

  public DemandOnlyWeather(double airTemperatureC, double windMeasurementHeightM) {
    if (!Double.isFinite(airTemperatureC)) {
      throw new IllegalArgumentException("air temperature must be finite, was " + airTemperatureC);
    }
    this.airTemperatureC = airTemperatureC;
    this.windMeasurementHeightM = windMeasurementHeightM;
  }

  public DemandOnlyWeather() {
    this(DEFAULT_AIR_TEMPERATURE_C, 10.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    List<WeatherSample> samples = new ArrayList<>();
    for (Interval half : day.halfHours()) {
      samples.add(new WeatherSample(half, airTemperatureC, 0, 0, 0, 0, 100, PRESSURE_HPA, false));
    }
    return new WeatherForecast(NAME, asOf, windMeasurementHeightM, samples);
  }
}
