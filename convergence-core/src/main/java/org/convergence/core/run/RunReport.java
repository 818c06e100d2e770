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
 * @param errors what failed after the orders were decided (storing the run, publishing the dashboard): the run's
 *     trading outcome above stands, but the run as a whole failed; empty when nothing failed
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
    List<HourDecision> decisions,
    List<String> errors) {
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
    errors = List.copyOf(errors);
  }

  /** A report without per-hour decisions or errors. */
  public RunReport(MarketDay day, Instant startedAt, Instant finishedAt, RunOutcome outcome, String message,
      String strategy, List<SourceUse> sources, Optional<WeatherForecast> weather, Optional<EnergyForecast> energy,
      Optional<PriceForecast> prices, OrderSet orders, Optional<SubmissionReceipt> receipt, List<HeldOrder> held,
      boolean verified, List<String> warnings, OptionalDouble carbonSavedKg, List<StepTiming> timings) {
    this(day, startedAt, finishedAt, outcome, message, strategy, sources, weather, energy, prices, orders, receipt,
        held, verified, warnings, carbonSavedKg, timings, List.of(), List.of());
  }

  /** True when orders were sent or are held for a planned day, and the exchange does not hold the plan. */
  public boolean tradedButNotVerified() {
    return (outcome == RunOutcome.SUBMITTED || outcome == RunOutcome.UNCHANGED) && !verified;
  }

  /** This report with one more error. */
  public RunReport withError(String error) {
    List<String> more = new java.util.ArrayList<>(errors);
    more.add(error);
    return new RunReport(day, startedAt, finishedAt, outcome, message, strategy, sources, weather, energy, prices,
        orders, receipt, held, verified, warnings, carbonSavedKg, timings, decisions, more);
  }

  public Duration totalDuration() {
    return Duration.between(startedAt, finishedAt);
  }
}
