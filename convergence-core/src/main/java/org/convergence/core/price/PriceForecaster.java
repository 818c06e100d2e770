package org.convergence.core.price;

import java.time.Instant;

/**
 * Port: forecasts the 24 clearing prices of a market day. An implementation may use only what was known at
 * {@code asOf} (normally just before the gate closure of the day): prices of hours whose delivery ended at or
 * before {@code asOf}.
 */
public interface PriceForecaster {
  /** A stable id of the model (name and version or training window), stored with every forecast. */
  String id();

  PriceForecast forecast(org.convergence.core.time.MarketDay day, PriceHistory history, Instant asOf);

  /** A forecast and what the run report should say about how it was made (e.g. that a fallback model made it). */
  record Outcome(PriceForecast forecast, java.util.List<String> warnings) {
    public Outcome {
      java.util.Objects.requireNonNull(forecast, "forecast");
      warnings = java.util.List.copyOf(warnings);
    }
  }

  /** {@link #forecast} with its warnings; none unless the implementation has some ({@link FallbackPriceForecaster}). */
  default Outcome forecastWithWarnings(org.convergence.core.time.MarketDay day, PriceHistory history, Instant asOf) {
    return new Outcome(forecast(day, history, asOf), java.util.List.of());
  }
}
