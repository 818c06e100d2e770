package org.convergence.core.strategy;

import org.convergence.core.market.OrderSet;

/**
 * Turns a market day's forecasts into at most one order per hour. Implementations are pure functions of the
 * {@link BiddingContext}: same context, same orders. Every order's volume is within the grid connection's hourly
 * cap and its limit within the market's price limits; {@link Contracts} helps keep to both.
 */
public interface BiddingStrategy {
  /** The name settings.yaml uses for this strategy. */
  String name();

  OrderSet orders(BiddingContext context);

  /**
   * Whether {@link #orders} reads the context's spread forecast ({@code ev} does): a daily run fits the spread model
   * only for such a strategy (a backtest always does, since every strategy runs there).
   */
  default boolean usesSpreadForecast() {
    return false;
  }
}
