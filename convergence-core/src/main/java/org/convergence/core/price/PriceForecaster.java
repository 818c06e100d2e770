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
}
