package org.convergence.core.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Argument checks every store implementation applies before writing, so that bad input fails the same way (an
 * {@link IllegalArgumentException} naming the problem) whatever the store, and nothing is half-written.
 */
public final class StoreChecks {
  private StoreChecks() {}

  public static void heldOrders(MarketDay day, List<HeldOrder> orders) {
    Objects.requireNonNull(day, "day");
    oneDayOneRowPerHour("held order", day, orders, h -> h.order().day(), h -> h.order().hour());
  }

  public static void settlements(MarketDay day, List<HourSettlement> hours) {
    Objects.requireNonNull(day, "day");
    oneDayOneRowPerHour("settlement", day, hours, HourSettlement::day, HourSettlement::hour);
  }

  public static void prices(String kind, List<HourPrice> prices) {
    Set<String> seen = new HashSet<>();
    for (HourPrice p : prices) {
      Objects.requireNonNull(p, kind + " price");
      if (!seen.add(p.day() + "/" + p.hour().value())) {
        throw new IllegalArgumentException(kind + " prices hold " + p.day() + " " + p.hour() + " twice");
      }
    }
  }

  public static void siteReadings(List<SiteReading> readings) {
    Set<Instant> seen = new HashSet<>();
    for (SiteReading r : readings) {
      Objects.requireNonNull(r, "site reading");
      if (!seen.add(r.time())) {
        throw new IllegalArgumentException("site readings hold time " + r.time() + " twice");
      }
    }
  }

  public static void model(ModelRecord model) {
    Objects.requireNonNull(model, "model");
    if (model.id().length() > 128) {
      throw new IllegalArgumentException("model id must be at most 128 characters, has " + model.id().length());
    }
  }

  private static <T> void oneDayOneRowPerHour(
      String what, MarketDay day, List<T> rows, Function<T, MarketDay> dayOf, Function<T, HourId> hourOf) {
    Set<HourId> hours = new HashSet<>();
    for (T row : rows) {
      Objects.requireNonNull(row, what);
      if (!dayOf.apply(row).equals(day)) {
        throw new IllegalArgumentException(what + " for " + dayOf.apply(row) + " " + hourOf.apply(row)
            + " cannot be stored under market day " + day);
      }
      if (!hours.add(hourOf.apply(row))) {
        throw new IllegalArgumentException(what + "s for " + day + " hold " + hourOf.apply(row) + " twice");
      }
    }
  }
}
