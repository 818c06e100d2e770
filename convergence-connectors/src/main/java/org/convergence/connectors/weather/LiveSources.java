package org.convergence.connectors.weather;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.convergence.core.weather.WeatherUnavailableException;

/** Rules shared by live forecast services, which only know the forecast of now. */
final class LiveSources {
  private LiveSources() {}

  /** A live service cannot answer "as of" a past instant: a backtest must use a recording. */
  static void requireNearNow(String source, Instant asOf, Clock clock, Duration tolerance) {
    Instant now = clock.instant();
    if (asOf.isBefore(now.minus(tolerance))) {
      throw new WeatherUnavailableException(source + " is a live service and gives only the current forecast;"
          + " it cannot serve as of " + asOf + " (now " + now + ")");
    }
  }
}
