package org.convergence.core.market;

import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * How one hour settled. Energy is signed from the site's side: positive = exported (sold), negative = imported.
 *
 * @param contractedNetMWh energy contracted day-ahead by the filled order (0 when no order or not filled)
 * @param actualNetMWh metered net energy of the hour (generation - demand)
 * @param dayAheadCashGbp contracted x clearing price (a SELL earns, a BUY pays)
 * @param imbalanceCashGbp (actual - contracted) x imbalance price
 */
public record HourSettlement(
    MarketDay day,
    HourId hour,
    boolean filled,
    double contractedNetMWh,
    double actualNetMWh,
    double clearingPriceGbpPerMWh,
    double imbalancePriceGbpPerMWh,
    double dayAheadCashGbp,
    double imbalanceCashGbp) {

  public double pnlGbp() {
    return dayAheadCashGbp + imbalanceCashGbp;
  }

  public double imbalanceMWh() {
    return actualNetMWh - contractedNetMWh;
  }
}
