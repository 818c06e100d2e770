package org.convergence.core.exchange;

import java.util.Objects;
import java.util.Optional;
import org.convergence.core.market.Order;

/**
 * An order as the exchange holds it, with its outcome: {@code filled} is empty until the day's clearing price is
 * known, then true when the order filled.
 */
public record HeldOrder(Order order, Optional<Boolean> filled) {
  public HeldOrder {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(filled, "filled");
  }
}
