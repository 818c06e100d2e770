package org.convergence.core.price;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.MarketDay;

/**
 * Port: recorded hourly prices by AIMLAC market day and hour. A day without data gives no rows (never an exception).
 */
public interface PriceHistory {
  /** Day-ahead clearing prices of the market days from..to (inclusive), ordered by day and hour. */
  List<HourPrice> clearingPrices(MarketDay from, MarketDay to);

  /** Imbalance prices of the market days from..to (inclusive), ordered by day and hour. */
  List<HourPrice> imbalancePrices(MarketDay from, MarketDay to);
}
