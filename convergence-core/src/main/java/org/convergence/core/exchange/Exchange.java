package org.convergence.core.exchange;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.MarketDay;

/** Port: an AIMLAC-compatible exchange. */
public interface Exchange {
  /** Submits a day's orders; the receipt says how many were accepted. */
  SubmissionReceipt submit(OrderSet orders);

  /** The orders the exchange holds for a day (the latest per hour), with their fill flags. */
  List<HeldOrder> held(MarketDay day);

  /** Clearing prices of the market days from..to (inclusive), as far as known. */
  List<HourPrice> clearingPrices(MarketDay from, MarketDay to);

  /** Imbalance prices of the market days from..to (inclusive), as far as known. */
  List<HourPrice> imbalancePrices(MarketDay from, MarketDay to);
}
