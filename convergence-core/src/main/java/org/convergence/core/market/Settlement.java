package org.convergence.core.market;

import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Settles an hour: the day-ahead part pays the clearing price for the filled order's energy (sell +, buy -); any
 * difference between actual and contracted net energy settles at the imbalance price.
 */
public final class Settlement {
  private Settlement() {}

  public static HourSettlement settle(
      MarketDay day,
      HourId hour,
      Optional<Order> order,
      double clearingGbpPerMWh,
      double imbalanceGbpPerMWh,
      double actualNetMWh) {
    boolean filled = order.map(o -> o.fillsAt(clearingGbpPerMWh)).orElse(false);
    double contracted = filled ? order.get().signedVolumeMWh() : 0.0;
    double dayAhead = contracted * clearingGbpPerMWh;
    double imbalance = (actualNetMWh - contracted) * imbalanceGbpPerMWh;
    return new HourSettlement(
        day, hour, filled, contracted, actualNetMWh, clearingGbpPerMWh, imbalanceGbpPerMWh, dayAhead, imbalance);
  }
}
