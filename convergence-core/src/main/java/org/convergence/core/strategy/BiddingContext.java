package org.convergence.core.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.market.GridConnection;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.time.MarketDay;

/**
 * Everything a strategy may look at, all known before the gate: the market day, the site's energy forecast (hourly
 * net MWh), the clearing-price forecast (point and quantiles), the grid connection that caps volumes, the
 * day-ahead minus imbalance spread estimated from history, and the spread of the site's net forecast errors.
 *
 * @param spreadForecast the joint scenarios of clearing price and spread for the day (empty when the run has no
 *     spread forecaster)
 * @param realisedValueAddedGbp this strategy's settled daily value added {@code q (P - I)}, oldest first, of the
 *     days settled by the run's as-of time (empty when not known; used by the {@code ev} drawdown stop)
 */
public record BiddingContext(
    MarketDay day,
    EnergyForecast energy,
    PriceForecast prices,
    GridConnection grid,
    SpreadEstimate spread,
    NetUncertainty netUncertainty,
    Optional<SpreadForecast> spreadForecast,
    List<Double> realisedValueAddedGbp) {
  /** A context without a spread forecast or realised value added. */
  public BiddingContext(MarketDay day, EnergyForecast energy, PriceForecast prices, GridConnection grid,
      SpreadEstimate spread, NetUncertainty netUncertainty) {
    this(day, energy, prices, grid, spread, netUncertainty, Optional.empty(), List.of());
  }

  public BiddingContext {
    Objects.requireNonNull(spreadForecast, "spreadForecast");
    realisedValueAddedGbp = List.copyOf(realisedValueAddedGbp);
    spreadForecast.ifPresent(f -> {
      if (!f.day().equals(day)) {
        throw new IllegalArgumentException("bidding for " + day + " needs a spread forecast for that day, not "
            + f.day());
      }
    });
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(energy, "energy");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(spread, "spread");
    Objects.requireNonNull(netUncertainty, "netUncertainty");
    if (!energy.day().equals(day) || !prices.day().equals(day)) {
      throw new IllegalArgumentException("bidding for " + day + " needs forecasts for that day; energy is for "
          + energy.day() + ", prices for " + prices.day());
    }
  }

  public BiddingContext withSpreadForecast(SpreadForecast f) {
    return new BiddingContext(day, energy, prices, grid, spread, netUncertainty, Optional.of(f),
        realisedValueAddedGbp);
  }

  public BiddingContext withRealisedValueAdded(List<Double> dailyGbp) {
    return new BiddingContext(day, energy, prices, grid, spread, netUncertainty, spreadForecast, dailyGbp);
  }
}
