package org.convergence.core.price;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.MarketDay;

/**
 * A price history as it stood at an instant: an hour's clearing and imbalance prices are published once the hour's
 * delivery has ended, never before. The one rule behind the run's causal views and the simulated exchange's clock.
 */
public final class PublishedPrices implements PriceHistory {
  private final PriceHistory history;
  private final Clock clock;

  private PublishedPrices(PriceHistory history, Clock clock) {
    this.history = Objects.requireNonNull(history, "history");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The prices of {@code history} published by {@code asOf}. */
  public static PriceHistory asOf(PriceHistory history, Instant asOf) {
    return new PublishedPrices(history, Clock.fixed(asOf, java.time.ZoneOffset.UTC));
  }

  /** The prices of {@code history} published by the clock's instant at each call. */
  public static PriceHistory byClock(PriceHistory history, Clock clock) {
    return new PublishedPrices(history, clock);
  }

  /**
   * The one publication rule: an hour's prices are public once its delivery has ended, i.e. when {@code deliveryEnd}
   * is at or before {@code asOf}. A consumer that wants a margin applies it to {@code asOf} (the spread model's
   * {@link SpreadForecaster#PUBLICATION_LAG}).
   */
  public static boolean isPublished(Instant deliveryEnd, Instant asOf) {
    return !deliveryEnd.isAfter(asOf);
  }

  /** True when the hour of {@code price} has been delivered by {@code asOf}, so its price is public. */
  public static boolean isPublished(HourPrice price, Instant asOf) {
    return isPublished(price.day().hour(price.hour()).end(), asOf);
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return published(history.clearingPrices(from, to));
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return published(history.imbalancePrices(from, to));
  }

  private List<HourPrice> published(List<HourPrice> prices) {
    Instant now = clock.instant();
    return prices.stream().filter(p -> isPublished(p, now)).toList();
  }

  @Override
  public String toString() {
    return "PublishedPrices[" + history + " by " + clock + "]";
  }
}
