package org.convergence.core.store;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;

/**
 * Port: the exchange's clearing prices and imbalance prices. Being a {@link PriceHistory}, a store can feed price
 * models and backtests directly.
 */
public interface MarketDataStore extends PriceHistory {
  /** Stores clearing prices, replacing any stored for the same (market day, hour). */
  void saveClearingPrices(List<HourPrice> prices);

  /** Stores imbalance prices, replacing any stored for the same (market day, hour). */
  void saveImbalancePrices(List<HourPrice> prices);
}
