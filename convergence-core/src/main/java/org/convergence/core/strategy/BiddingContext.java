package org.convergence.core.strategy;

import java.util.Objects;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.market.GridConnection;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.time.MarketDay;

/**
 * Everything a strategy may look at, all known before the gate: the market day, the site's energy forecast (hourly
 * net MWh), the clearing-price forecast (point and quantiles), the grid connection that caps volumes, the
 * day-ahead minus imbalance spread estimated from history, and the spread of the site's net forecast errors.
 */
public record BiddingContext(
    MarketDay day,
    EnergyForecast energy,
    PriceForecast prices,
    GridConnection grid,
    SpreadEstimate spread,
    NetUncertainty netUncertainty) {
  public BiddingContext {
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
}
