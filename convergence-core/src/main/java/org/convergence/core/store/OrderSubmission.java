package org.convergence.core.store;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.MarketDay;

/** The orders submitted for a market day, when, and the exchange's receipt. */
public record OrderSubmission(OrderSet orders, Instant submittedAt, SubmissionReceipt receipt) {
  public OrderSubmission {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(receipt, "receipt");
  }

  public MarketDay day() {
    return orders.day();
  }
}
