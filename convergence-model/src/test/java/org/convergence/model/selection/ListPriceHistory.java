package org.convergence.model.selection;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/** Test history: clearing prices from a list; no imbalance prices. */
record ListPriceHistory(List<HourPrice> prices) implements PriceHistory {
  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return prices.stream().filter(p -> p.day().compareTo(from) >= 0 && p.day().compareTo(to) <= 0).sorted()
        .toList();
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return List.of();
  }
}
