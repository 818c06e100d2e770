package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;

/**
 * {@code seed}: the original system's rule as it was meant. For each hour h with forecast net surplus {@code n_h}
 * (MWh) and forecast clearing price {@code p_h}: side = SELL when {@code n_h > 0}, BUY when {@code n_h < 0}; volume
 * = {@code min(|n_h|, grid cap)}; limit = {@code p_h - 0.1 * mean(p_1..p_24)}, clamped into [-500, 3000] GBP/MWh.
 * The margin makes a SELL more likely to fill and a BUY less likely; whatever does not fill settles at the imbalance
 * price.
 */
public final class SeedStrategy implements BiddingStrategy {
  public static final String NAME = "seed";
  /** The limit sits this fraction of the day's mean forecast price below each hour's forecast. */
  public static final double MARGIN_OF_MEAN = 0.10;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    double margin = MARGIN_OF_MEAN * c.prices().meanPointGbpPerMWh();
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double limit = c.prices().hour(h).pointGbpPerMWh() - margin;
      Contracts.contract(c.day(), h, c.energy().netMWh(h), limit, c.grid()).ifPresent(orders::add);
    }
    return new OrderSet(c.day(), orders);
  }
}
