package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;

/**
 * {@code hedge}: contract the expected net each hour at a limit that always fills. For each hour h with forecast net
 * {@code n_h} (MWh): SELL {@code min(n_h, export cap)} at the price floor (-500 GBP/MWh) when {@code n_h > 0}, BUY
 * {@code min(-n_h, import cap)} at the price cap (3000 GBP/MWh) when {@code n_h < 0}. Every order fills at the
 * clearing price, so only the forecast error {@code actual - n_h} is left to the imbalance price.
 */
public final class HedgeStrategy implements BiddingStrategy {
  public static final String NAME = "hedge";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      Contracts.alwaysFilling(c.day(), h, c.energy().netMWh(h), c.grid()).ifPresent(orders::add);
    }
    return new OrderSet(c.day(), orders);
  }
}
