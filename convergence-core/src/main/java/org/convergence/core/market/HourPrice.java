package org.convergence.core.market;

import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** A price for one hour of a market day, GBP/MWh: a clearing price or an imbalance price. */
public record HourPrice(MarketDay day, HourId hour, double priceGbpPerMWh) implements Comparable<HourPrice> {
  public HourPrice {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(hour, "hour");
    if (!Double.isFinite(priceGbpPerMWh)) {
      throw new IllegalArgumentException(day + " " + hour + ": price must be finite, was " + priceGbpPerMWh);
    }
  }

  @Override
  public int compareTo(HourPrice o) {
    int c = day.compareTo(o.day);
    return c != 0 ? c : hour.compareTo(o.hour);
  }
}
