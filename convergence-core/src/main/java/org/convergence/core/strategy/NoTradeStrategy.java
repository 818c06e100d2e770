package org.convergence.core.strategy;

import org.convergence.core.market.OrderSet;

/**
 * {@code none}: submit nothing. Every MWh the site produces or consumes settles at the imbalance price, so its P&amp;L
 * is {@code sum_h X_h I_h}: the baseline that shows what trading adds.
 */
public final class NoTradeStrategy implements BiddingStrategy {
  public static final String NAME = "none";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    return OrderSet.empty(c.day());
  }
}
