package org.convergence.core.weather;

import java.time.Instant;
import org.convergence.core.time.MarketDay;

/**
 * A port: somewhere a weather forecast for the site comes from (a forecast service, a recording). The services and
 * recordings live in connectors; core holds the fallback chain that tries sources in order ({@link
 * WeatherFallbackChain}) and the backtest's last resort ({@link DemandOnlyWeather}).
 */
public interface WeatherSource {
  /** Short stable name, as written in settings.yaml's {@code weather.sources} (e.g. "metoffice"). */
  String name();

  /**
   * The forecast for the whole delivery period of {@code day} on a 30-minute grid ({@link MarketDay#halfHours()}),
   * as it was available at {@code asOf}: nothing issued after {@code asOf} may be used. Values the source does not
   * give are {@code NaN} (see {@link WeatherSample}).
   *
   * @throws WeatherUnavailableException when the source cannot serve this day (no key, service error, not covered)
   */
  WeatherForecast forecast(MarketDay day, Instant asOf);
}
