package org.convergence.core.price;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * A {@link PriceHistory} held in memory: clearing and imbalance prices by market day and hour. Built once (from files,
 * an exchange or a test's numbers) and then read-only and thread-safe. A later price for the same hour replaces an
 * earlier one.
 */
public final class InMemoryPriceHistory implements PriceHistory {
  private final NavigableMap<MarketDay, HourPrice[]> clearing;
  private final NavigableMap<MarketDay, HourPrice[]> imbalance;

  private InMemoryPriceHistory(Collection<HourPrice> clearing, Collection<HourPrice> imbalance) {
    this.clearing = index(clearing);
    this.imbalance = index(imbalance);
  }

  public static InMemoryPriceHistory of(Collection<HourPrice> clearing, Collection<HourPrice> imbalance) {
    return new InMemoryPriceHistory(clearing, imbalance);
  }

  public static InMemoryPriceHistory empty() {
    return new InMemoryPriceHistory(List.of(), List.of());
  }

  /** A copy of any history over the days from..to. */
  public static InMemoryPriceHistory copyOf(PriceHistory history, MarketDay from, MarketDay to) {
    return new InMemoryPriceHistory(history.clearingPrices(from, to), history.imbalancePrices(from, to));
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return read(clearing, from, to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return read(imbalance, from, to);
  }

  /** The first and last market day with a clearing price, or empty when there is none. */
  public java.util.Optional<MarketDay> firstClearingDay() {
    return clearing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(clearing.firstKey());
  }

  public java.util.Optional<MarketDay> lastClearingDay() {
    return clearing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(clearing.lastKey());
  }

  /** Number of hours with a clearing price. */
  public int clearingHourCount() {
    return count(clearing);
  }

  /** Number of hours with an imbalance price. */
  public int imbalanceHourCount() {
    return count(imbalance);
  }

  private static int count(Map<MarketDay, HourPrice[]> byDay) {
    int n = 0;
    for (HourPrice[] hours : byDay.values()) {
      for (HourPrice p : hours) {
        n += p == null ? 0 : 1;
      }
    }
    return n;
  }

  private static NavigableMap<MarketDay, HourPrice[]> index(Collection<HourPrice> prices) {
    NavigableMap<MarketDay, HourPrice[]> byDay = new TreeMap<>();
    for (HourPrice p : prices) {
      Objects.requireNonNull(p, "price");
      byDay.computeIfAbsent(p.day(), d -> new HourPrice[HourId.LAST])[p.hour().index()] = p;
    }
    return byDay;
  }

  private static List<HourPrice> read(NavigableMap<MarketDay, HourPrice[]> byDay, MarketDay from, MarketDay to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.compareTo(from) < 0) {
      return List.of();
    }
    List<HourPrice> out = new ArrayList<>();
    for (HourPrice[] hours : byDay.subMap(from, true, to, true).values()) {
      for (HourPrice p : hours) {
        if (p != null) {
          out.add(p);
        }
      }
    }
    return List.copyOf(out);
  }
}
