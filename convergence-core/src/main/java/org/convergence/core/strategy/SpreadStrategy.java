package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;

/**
 * {@code spread} (speculative; never the default): P&amp;L is {@code X I + q (P - I)}, linear in the contracted
 * volume {@code q}, so a trader who trusts the expected spread {@code m_h = E[P - I]} takes the largest position the
 * grid allows on its sign. For each hour, when the historic mean spread is clearly non-zero ({@code |m_h| >
 * 2 se_h}, its standard error, from {@link SpreadEstimate}): SELL the export cap when {@code m_h > 0}, BUY the import
 * cap when {@code m_h < 0}, at a limit that always fills; otherwise hedge the expected net. The position is
 * financial: the grid cap bounds it, the site's physical net still settles at the imbalance price.
 */
public final class SpreadStrategy implements BiddingStrategy {
  public static final String NAME = "spread";
  /** How many standard errors the mean spread must clear before a position is taken. */
  public static final double MIN_T_STATISTIC = 2.0;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double mean = c.spread().meanGbpPerMWh(h);
      double se = c.spread().standardErrorGbpPerMWh(h);
      double signed;
      if (Math.abs(mean) > MIN_T_STATISTIC * se) {
        signed = mean > 0 ? c.grid().exportCapacityMW() : -c.grid().importCapacityMW();
      } else {
        signed = c.energy().netMWh(h);
      }
      Contracts.alwaysFilling(c.day(), h, signed, c.grid()).ifPresent(orders::add);
    }
    return new OrderSet(c.day(), orders);
  }
}
