package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;

/**
 * {@code quantile}: the newsvendor rule. Contracting {@code q} MWh (always filling) when the site's actual net is
 * {@code X} leaves {@code X - q} to the imbalance price; a MWh left long costs {@code (P - I)+} against having sold it
 * day-ahead, a MWh left short costs {@code (I - P)+}. With expected costs {@code c_long = E[(P - I)+]} and
 * {@code c_short = E[(I - P)+]}, the expected cost {@code c_long E[(X - q)+] + c_short E[(q - X)+]} is least at the
 * quantile {@code q* = F_X^-1(tau)} with critical ratio {@code tau = c_long / (c_long + c_short)}: the more the
 * day-ahead price tends to exceed the imbalance price, the higher the quantile contracted. With the single GB
 * imbalance price both costs come from one spread {@code S = P - I}: they are its positive and negative parts, so
 * {@code tau > 0.5} exactly when the expected spread {@code E[S] = c_long - c_short} is positive, and the position
 * stays a quantile of the site's own energy instead of the unbounded bet the linear single-price P&amp;L would
 * suggest (that bet is {@link SpreadStrategy}). The parts are estimated per hour from the spreads of the last 28 market days known before the gate ({@link SpreadEstimate});
 * with no spread history {@code tau = 0.5}. {@code F_X} is the forecast net plus the empirical distribution of past
 * forecast errors ({@link NetUncertainty}). The contract is capped by the grid connection and placed at a limit that
 * always fills.
 */
public final class QuantileStrategy implements BiddingStrategy {
  public static final String NAME = "quantile";

  @Override
  public String name() {
    return NAME;
  }

  /** The critical ratio tau of an hour: c_long / (c_long + c_short), 0.5 when both are zero. */
  public static double criticalRatio(SpreadEstimate spread, HourId hour) {
    double cLong = spread.longCostGbpPerMWh(hour);
    double cShort = spread.shortCostGbpPerMWh(hour);
    return cLong + cShort > 0 ? cLong / (cLong + cShort) : 0.5;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double tau = criticalRatio(c.spread(), h);
      double q = c.netUncertainty().netQuantileMWh(c.energy().netMWh(h), tau);
      Contracts.alwaysFilling(c.day(), h, q, c.grid()).ifPresent(orders::add);
    }
    return new OrderSet(c.day(), orders);
  }
}
