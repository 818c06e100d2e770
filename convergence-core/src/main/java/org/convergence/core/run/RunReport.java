package org.convergence.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.strategy.HourDecision;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;

/**
 * What a daily run did: the market day, when it ran, how it ended, the sources used, the forecasts (absent when the
 * gate had closed), the orders planned, the exchange's receipt (absent when nothing was sent), the orders the
 * exchange holds afterwards, warnings, the carbon the forecast generation saves, and each step's duration.
 *
 * @param verified true when the exchange holds exactly the planned order for every planned hour
 * @param carbonSavedKg forecast generation x grid carbon intensity, kgCO2; empty when the intensity is unknown
 * @param decisions per hour, why the strategy chose its order (expected value and the quantiles behind it); empty
 *     for strategies that do not explain themselves (only {@code ev} does)
 */
public record RunReport(
    MarketDay day,
    Instant startedAt,
    Instant finishedAt,
    RunOutcome outcome,
    String message,
    String strategy,
    List<SourceUse> sources,
    Optional<WeatherForecast> weather,
    Optional<EnergyForecast> energy,
    Optional<PriceForecast> prices,
    OrderSet orders,
    Optional<SubmissionReceipt> receipt,
    List<HeldOrder> held,
    boolean verified,
    List<String> warnings,
    OptionalDouble carbonSavedKg,
    List<StepTiming> timings,
    List<HourDecision> decisions) {
  /** A report without per-hour decisions. */
  public RunReport(MarketDay day, Instant startedAt, Instant finishedAt, RunOutcome outcome, String message,
      String strategy, List<SourceUse> sources, Optional<WeatherForecast> weather, Optional<EnergyForecast> energy,
      Optional<PriceForecast> prices, OrderSet orders, Optional<SubmissionReceipt> receipt, List<HeldOrder> held,
      boolean verified, List<String> warnings, OptionalDouble carbonSavedKg, List<StepTiming> timings) {
    this(day, startedAt, finishedAt, outcome, message, strategy, sources, weather, energy, prices, orders, receipt,
        held, verified, warnings, carbonSavedKg, timings, List.of());
  }

  public RunReport {
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(weather, "weather");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(carbonSavedKg, "carbonSavedKg");
    sources = List.copyOf(sources);
    held = List.copyOf(held);
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
  }

  public Duration totalDuration() {
    return Duration.between(startedAt, finishedAt);
  }
}
