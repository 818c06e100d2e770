package org.convergence.core.dashboard;

import java.util.Objects;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;

/**
 * One hour's order and what came of it. Energies are signed from the site's side (+ exported), cash in GBP (+
 * received). {@code side} is null and volume and limit are {@code NaN} when no order was placed; numbers not known
 * yet are {@code NaN}.
 *
 * @param contractedNetMWh energy contracted day-ahead (0 when not filled)
 * @param actualNetMWh metered net energy of the hour
 * @param dayAheadCashGbp contracted x clearing price
 * @param imbalanceCashGbp (actual - contracted) x imbalance price
 * @param pnlGbp day-ahead + imbalance cash, known once the hour is settled
 */
public record BidRow(
    HourId hour,
    Interval interval,
    Side side,
    double volumeMWh,
    double limitGbpPerMWh,
    double clearingGbpPerMWh,
    FillStatus fill,
    double contractedNetMWh,
    double actualNetMWh,
    double imbalanceGbpPerMWh,
    double dayAheadCashGbp,
    double imbalanceCashGbp,
    double pnlGbp) {
  public BidRow {
    Objects.requireNonNull(hour, "hour");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(fill, "fill");
    if ((side == null) != (fill == FillStatus.NO_ORDER)) {
      throw new IllegalArgumentException(hour + ": side " + side + " does not agree with fill status " + fill);
    }
  }

  public boolean isSettled() {
    return !Double.isNaN(pnlGbp);
  }
}
