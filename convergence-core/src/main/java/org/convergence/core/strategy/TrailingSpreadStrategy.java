package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;

/**
 * {@code trailing-N} (speculative baseline; never the default): for each hour h, the mean day-ahead minus imbalance
 * spread {@code m_h} of that hour over the last N whole market days known at the gate (D-N-1 .. D-2, {@link
 * SpreadEstimate#trailingMeanGbpPerMWh}) decides the side, and the position is the full grid cap: SELL the export
 * cap when {@code m_h > 0}, BUY the import cap when {@code m_h < 0}, at a limit that always fills. Without any
 * spread in the window (or {@code m_h = 0}) the hour hedges the expected net instead. Since the hour pays
 * {@code X I + q (P - I)}, this earns {@code cap x sign(m_h) x (P - I)} over not trading: the plain rule that the GB
 * spread facts measured at 7.8 / 7.2 / 6.2 % of the perfect-foresight bound (N = 7 / 14 / 28, 2021-04..2022-09).
 */
public final class TrailingSpreadStrategy implements BiddingStrategy {
  /** The window lengths with a registered name ({@code trailing-7}, {@code trailing-14}, {@code trailing-28}). */
  public static final List<Integer> WINDOWS_DAYS = List.of(7, 14, 28);
  public static final String PREFIX = "trailing-";

  private final int days;

  public TrailingSpreadStrategy(int days) {
    if (days < 1 || days > SpreadEstimate.MAX_TRAILING_DAYS) {
      throw new IllegalArgumentException("trailing window must be 1.." + SpreadEstimate.MAX_TRAILING_DAYS
          + " days, was " + days);
    }
    this.days = days;
  }

  public static String nameOf(int days) {
    return PREFIX + days;
  }

  public int days() {
    return days;
  }

  @Override
  public String name() {
    return nameOf(days);
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double mean = c.spread().trailingMeanGbpPerMWh(h, days);
      double signed;
      if (Double.isNaN(mean) || mean == 0) {
        signed = c.energy().netMWh(h);
      } else {
        signed = mean > 0 ? c.grid().exportCapacityMW() : -c.grid().importCapacityMW();
      }
      Contracts.alwaysFilling(c.day(), h, signed, c.grid()).ifPresent(orders::add);
    }
    return new OrderSet(c.day(), orders);
  }
}
