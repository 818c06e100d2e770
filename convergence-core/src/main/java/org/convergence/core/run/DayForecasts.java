package org.convergence.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.strategy.SpreadEstimate;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherSelection;

/**
 * Everything known about a market day at {@code asOf} that a strategy may use: the weather (and how it was
 * sourced), the site's energy forecast, the price forecast, the historic DA-imbalance spread and the net forecast's
 * error distribution, and the spread forecaster's joint scenarios of P and P - I (empty without a spread forecaster);
 * with the warnings raised and the time each step took.
 */
public record DayForecasts(
    MarketDay day,
    Instant asOf,
    WeatherSelection weather,
    EnergyForecast energy,
    PriceForecast prices,
    SpreadEstimate spread,
    NetUncertainty netUncertainty,
    List<String> warnings,
    List<StepTiming> timings,
    Optional<SpreadForecast> spreadForecast) {
  /** Forecasts without a spread forecast. */
  public DayForecasts(MarketDay day, Instant asOf, WeatherSelection weather, EnergyForecast energy,
      PriceForecast prices, SpreadEstimate spread, NetUncertainty netUncertainty, List<String> warnings,
      List<StepTiming> timings) {
    this(day, asOf, weather, energy, prices, spread, netUncertainty, warnings, timings, Optional.empty());
  }

  public DayForecasts {
    Objects.requireNonNull(spreadForecast, "spreadForecast");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(weather, "weather");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(spread, "spread");
    Objects.requireNonNull(netUncertainty, "netUncertainty");
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
  }
}
