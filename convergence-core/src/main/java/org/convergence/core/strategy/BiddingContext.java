package org.convergence.core.strategy;

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
 * day-ahead minus imbalance spread estimated from history, the spread of the site's net forecast errors, the joint
 * spread scenarios when the run has a spread forecaster, and the strategy's own settled track record up to D-2
 * ({@link TrackRecord}; empty unless the caller keeps one, as the backtest does).
 *
 * @param spreadForecast the joint scenarios of clearing price and spread for the day (empty when the run has no
 *     spread forecaster)
 * @param trackRecord this strategy's settled daily value added up to D-2 (read by the {@code ev} drawdown stop)
 */
public record BiddingContext(
    MarketDay day,
    EnergyForecast energy,
    PriceForecast prices,
    GridConnection grid,
    SpreadEstimate spread,
    NetUncertainty netUncertainty,
    Optional<SpreadForecast> spreadForecast,
    TrackRecord trackRecord) {
  /** A context without a spread forecast or track record. */
  public BiddingContext(MarketDay day, EnergyForecast energy, PriceForecast prices, GridConnection grid,
      SpreadEstimate spread, NetUncertainty netUncertainty) {
    this(day, energy, prices, grid, spread, netUncertainty, Optional.empty(), TrackRecord.none());
  }

  /** A context with a track record but no spread forecast. */
  public BiddingContext(MarketDay day, EnergyForecast energy, PriceForecast prices, GridConnection grid,
      SpreadEstimate spread, NetUncertainty netUncertainty, TrackRecord trackRecord) {
    this(day, energy, prices, grid, spread, netUncertainty, Optional.empty(), trackRecord);
  }

  public BiddingContext {
    Objects.requireNonNull(spreadForecast, "spreadForecast");
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
    Objects.requireNonNull(trackRecord, "trackRecord");
    if (!trackRecord.days().isEmpty()
        && trackRecord.days().get(trackRecord.days().size() - 1).day().compareTo(TrackRecord.lastKnowable(day)) > 0) {
      throw new IllegalArgumentException("bidding for " + day + " may see settled days up to "
          + TrackRecord.lastKnowable(day) + ", the track record reaches "
          + trackRecord.days().get(trackRecord.days().size() - 1).day());
    }
    if (!energy.day().equals(day) || !prices.day().equals(day)) {
      throw new IllegalArgumentException("bidding for " + day + " needs forecasts for that day; energy is for "
          + energy.day() + ", prices for " + prices.day());
    }
  }

  public BiddingContext withSpreadForecast(SpreadForecast f) {
    return new BiddingContext(day, energy, prices, grid, spread, netUncertainty, Optional.of(f), trackRecord);
  }

  public BiddingContext withTrackRecord(TrackRecord r) {
    return new BiddingContext(day, energy, prices, grid, spread, netUncertainty, spreadForecast, r);
  }
}
