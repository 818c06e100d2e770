package org.convergence.core.price;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * The configured price model, or a simpler one when it cannot forecast (its model file is missing or corrupt, too
 * little history to recalibrate, ...): the run goes on with the fallback's forecast (stored under the fallback's id)
 * and a warning in its report naming the model and why it failed.
 */
public final class FallbackPriceForecaster implements PriceForecaster {
  private final PriceForecaster primary;
  private final PriceForecaster fallback;

  public FallbackPriceForecaster(PriceForecaster primary, PriceForecaster fallback) {
    this.primary = Objects.requireNonNull(primary, "primary");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public String id() {
    try {
      return primary.id();
    } catch (RuntimeException e) {
      return fallback.id();
    }
  }

  @Override
  public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    return forecastWithWarnings(day, history, asOf).forecast();
  }

  @Override
  public Outcome forecastWithWarnings(MarketDay day, PriceHistory history, Instant asOf) {
    PriceForecast f;
    try {
      f = primary.forecast(day, history, asOf);
    } catch (RuntimeException e) {
      PriceForecast naive = fallback.forecast(day, history, asOf);
      return new Outcome(naive, List.of("price model " + describeId() + " failed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); prices forecast by the fallback "
          + naive.modelId()));
    }
    return new Outcome(f, List.of());
  }

  private String describeId() {
    try {
      return primary.id();
    } catch (RuntimeException e) {
      return "(unloadable)";
    }
  }

  @Override
  public String toString() {
    return "FallbackPriceForecaster[" + primary + " else " + fallback + "]";
  }
}
