package org.convergence.core.exchange;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/** Port: an AIMLAC-compatible day-ahead exchange, seen by one team. */
public interface Exchange extends PriceHistory {
  /** Sends a day's orders; each replaces any earlier order for its hour. */
  SubmissionReceipt submit(OrderSet orders);

  /** The orders the exchange holds for a day, one per hour (the latest received), with their fill outcomes. */
  List<HeldOrder> heldOrders(MarketDay day);

  @Override
  List<HourPrice> clearingPrices(MarketDay from, MarketDay to);

  @Override
  List<HourPrice> imbalancePrices(MarketDay from, MarketDay to);
}
