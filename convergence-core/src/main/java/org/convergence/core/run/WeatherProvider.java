package org.convergence.core.run;

import java.time.Instant;
import org.convergence.core.time.MarketDay;

/** Port: the weather forecast for a market day, as known at {@code asOf}, and which source served it. */
public interface WeatherProvider {
  SourcedWeather forecast(MarketDay day, Instant asOf);
}
