package org.convergence.core.run;

import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/**
 * Views of recorded data as they stood at an instant, so that nothing recorded later can leak into a decision: a
 * price is visible once its hour's delivery has ended, a reading once it was taken.
 */
public final class CausalViews {
  private CausalViews() {}

  public static PriceHistory prices(PriceHistory history, Instant asOf) {
    return new PriceHistory() {
      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return known(history.clearingPrices(from, to), asOf);
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return known(history.imbalancePrices(from, to), asOf);
      }
    };
  }

  public static SiteReadings readings(SiteReadings readings, Instant asOf) {
    return (from, to) -> from.isBefore(asOf) ? readings.between(from, to.isAfter(asOf) ? asOf : to) : List.of();
  }

  private static List<HourPrice> known(List<HourPrice> prices, Instant asOf) {
    return prices.stream().filter(p -> !p.day().hour(p.hour()).end().isAfter(asOf)).toList();
  }
}
