package org.convergence.core.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * A market day's orders: at most one per hour, all for that day, sorted by hour. An empty set is valid (submit
 * nothing). Construction checks everything at once and reports every problem in one {@link
 * OrderValidationException}.
 */
public record OrderSet(MarketDay day, List<Order> orders) {
  public OrderSet {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(orders, "orders");
    List<String> problems = new ArrayList<>();
    Map<HourId, Long> perHour = new TreeMap<>();
    for (Order o : orders) {
      if (o == null) {
        problems.add("a null order");
        continue;
      }
      if (!o.day().equals(day)) {
        problems.add(o.day() + " " + o.hour() + ": order is for market day " + o.day() + ", not " + day);
      }
      perHour.merge(o.hour(), 1L, Long::sum);
    }
    perHour.forEach((h, n) -> {
      if (n > 1) {
        problems.add(day + " " + h + ": " + n + " orders for one hour, at most one is allowed");
      }
    });
    if (!problems.isEmpty()) {
      throw new OrderValidationException(problems);
    }
    orders = orders.stream().sorted(Comparator.comparing(Order::hour)).toList();
  }

  public static OrderSet empty(MarketDay day) {
    return new OrderSet(day, List.of());
  }

  public Optional<Order> forHour(HourId hour) {
    return orders.stream().filter(o -> o.hour().equals(hour)).findFirst();
  }

  public Map<HourId, Order> byHour() {
    return orders.stream().collect(Collectors.toMap(Order::hour, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  public int size() {
    return orders.size();
  }

  public boolean isEmpty() {
    return orders.isEmpty();
  }
}
