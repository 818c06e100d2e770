package org.convergence.core.exchange;

import java.util.Objects;
import java.util.Optional;
import org.convergence.core.market.Order;
import org.convergence.core.time.HourId;

/**
 * An order as the exchange holds it, with its outcome: {@code filled} is empty until the day's clearing price is
 * known, then true when the order filled.
 */
public record HeldOrder(Order order, Optional<Boolean> filled) {
  public HeldOrder {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(filled, "filled");
  }

  /** The order with its outcome against the hour's clearing price (empty when the price is not known). */
  public static HeldOrder against(Order order, Optional<Double> clearingGbpPerMWh) {
    return new HeldOrder(order, clearingGbpPerMWh.map(order::fillsAt));
  }

  public HourId hour() {
    return order.hour();
  }

  /** True only when the clearing price is known and the order filled. */
  public boolean isFilled() {
    return filled.orElse(false);
  }
}
