package org.convergence.core.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** An in-memory exchange for core tests: gate rule on an injected clock, latest order per hour wins. */
public final class FakeExchange implements Exchange {
  private final Clock clock;
  private final Map<MarketDay, Map<HourId, Order>> book = new TreeMap<>();
  public int submissions;
  public int ordersReceived;

  public FakeExchange(Clock clock) {
    this.clock = clock;
  }

  @Override
  public SubmissionReceipt submit(OrderSet orders) {
    submissions++;
    ordersReceived += orders.size();
    if (!orders.day().isOpenAt(clock.instant())) {
      return new SubmissionReceipt(0, orders.size() + " orders rejected: gate closed");
    }
    Map<HourId, Order> day = book.computeIfAbsent(orders.day(), d -> new TreeMap<>());
    orders.orders().forEach(o -> day.put(o.hour(), o));
    return new SubmissionReceipt(orders.size(), "ok");
  }

  @Override
  public List<HeldOrder> heldOrders(MarketDay day) {
    List<HeldOrder> out = new ArrayList<>();
    book.getOrDefault(day, Map.of()).values().forEach(o -> out.add(new HeldOrder(o, Optional.empty())));
    return out;
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return List.of();
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return List.of();
  }
}
