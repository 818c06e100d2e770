package org.convergence.core.store;

import java.util.List;
import java.util.Optional;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.time.MarketDay;

/** Port: orders as submitted with the exchange's receipt, and orders as the exchange holds them. */
public interface OrderStore {
  /** Stores the submission (orders, time, receipt), replacing the one stored for its market day. */
  void saveSubmission(OrderSubmission submission);

  Optional<OrderSubmission> submission(MarketDay day);

  /**
   * Stores the orders the exchange reported holding for {@code day} (with fill outcomes once known), replacing those
   * stored for that day. Every order must be for {@code day}, at most one per hour.
   */
  void saveHeldOrders(MarketDay day, List<HeldOrder> orders);

  /** Held orders of the day, ordered by hour; empty when none were stored. */
  List<HeldOrder> heldOrders(MarketDay day);

  /** The market days with a stored submission or stored held orders (the days traded), in order. */
  List<MarketDay> tradedDays();
}
