package org.convergence.retrain;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/** Prices loaded once (from Elexon, a file or a database) and kept in memory for one retrain. */
public record RecordedPriceHistory(List<HourPrice> clearing, List<HourPrice> imbalance) implements PriceHistory {
  public RecordedPriceHistory {
    clearing = clearing.stream().sorted().toList();
    imbalance = imbalance.stream().sorted().toList();
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return between(clearing, from, to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return between(imbalance, from, to);
  }

  private static List<HourPrice> between(List<HourPrice> prices, MarketDay from, MarketDay to) {
    return prices.stream().filter(p -> p.day().compareTo(from) >= 0 && p.day().compareTo(to) <= 0).toList();
  }
}
