package org.convergence.core.weather;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/** An in-memory {@link WeatherSource} for tests: a constant forecast, a failure, or gaps. */
public final class DummyWeatherSource implements WeatherSource {
  private final String name;
  private final double temperatureC;
  private final double windMps;
  private final String failure;
  private final int gaps;
  private int calls;

  private DummyWeatherSource(String name, double temperatureC, double windMps, String failure, int gaps) {
    this.name = name;
    this.temperatureC = temperatureC;
    this.windMps = windMps;
    this.failure = failure;
    this.gaps = gaps;
  }

  /** Serves every half-hour with these values (no irradiance). */
  public static DummyWeatherSource constant(String name, double temperatureC, double windMps) {
    return new DummyWeatherSource(name, temperatureC, windMps, null, 0);
  }

  /** Throws {@link WeatherUnavailableException} with this reason. */
  public static DummyWeatherSource failing(String name, String reason) {
    return new DummyWeatherSource(name, 0, 0, reason, 0);
  }

  /** Serves, but the last {@code gaps} half-hours have no temperature or wind. */
  public static DummyWeatherSource withGaps(String name, int gaps) {
    return new DummyWeatherSource(name, 10, 5, null, gaps);
  }

  public int calls() {
    return calls;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    calls++;
    if (failure != null) {
      throw new WeatherUnavailableException(failure);
    }
    List<WeatherSample> samples = new ArrayList<>();
    List<Interval> halves = day.halfHours();
    for (int i = 0; i < halves.size(); i++) {
      boolean gap = i >= halves.size() - gaps;
      samples.add(new WeatherSample(halves.get(i), gap ? Double.NaN : temperatureC, gap ? Double.NaN : windMps,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
    }
    return new WeatherForecast(name, asOf, 10, samples);
  }
}
