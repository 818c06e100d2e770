package org.convergence.core.exchange;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.market.Order;

/**
 * An order as an exchange recorded it: its id (increasing in order of receipt), when it arrived, and the order.
 */
public record ReceivedOrder(long orderId, Instant receivedAt, Order order) {
  public ReceivedOrder {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(order, "order");
  }
}
