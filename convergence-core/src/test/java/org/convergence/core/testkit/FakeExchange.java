package org.convergence.core.testkit;

import java.time.Clock;
import java.util.List;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.MarketDay;

/** A {@link SimulatedExchange} (no prices) on an injected clock that counts what it was sent. */
public final class FakeExchange implements Exchange {
  private final Exchange delegate;
  public int submissions;
  public int ordersReceived;

  public FakeExchange(Clock clock) {
    this.delegate = new SimulatedExchange(clock, InMemoryPriceHistory.empty(), List.of("k")).forKey("k");
  }

  @Override
  public SubmissionReceipt submit(OrderSet orders) {
    submissions++;
    ordersReceived += orders.size();
    return delegate.submit(orders);
  }

  @Override
  public List<HeldOrder> heldOrders(MarketDay day) {
    return delegate.heldOrders(day);
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return delegate.clearingPrices(from, to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return delegate.imbalancePrices(from, to);
  }
}
