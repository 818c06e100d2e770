package org.convergence.model.selection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/**
 * A view of a price history as it stood at {@code asOf}: only prices of hours whose delivery ended at or before
 * {@code asOf}. Handing this view to a forecaster makes look-ahead impossible rather than merely avoided.
 */
public final class AsOfPriceHistory implements PriceHistory {
  private final PriceHistory all;
  private final Instant asOf;

  public AsOfPriceHistory(PriceHistory all, Instant asOf) {
    this.all = Objects.requireNonNull(all, "all");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  public Instant asOf() {
    return asOf;
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return visible(all.clearingPrices(from, to));
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return visible(all.imbalancePrices(from, to));
  }

  private List<HourPrice> visible(List<HourPrice> prices) {
    return prices.stream().filter(p -> !p.day().hour(p.hour()).end().isAfter(asOf)).toList();
  }
}
