package org.convergence.core.market;

import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Settles an hour: the day-ahead part pays the clearing price for the filled order's energy (sell +, buy -); any
 * difference between actual and contracted net energy settles at the imbalance price. The one settlement rule of
 * the backtest, the dashboard and the daily settlement of traded days.
 */
public final class Settlement {
  private Settlement() {}

  /** Settles the hour with the fill rule on {@code clearingGbpPerMWh} deciding whether the order filled. */
  public static HourSettlement settle(
      MarketDay day,
      HourId hour,
      Optional<Order> order,
      double clearingGbpPerMWh,
      double imbalanceGbpPerMWh,
      double actualNetMWh) {
    boolean filled = order.map(o -> o.fillsAt(clearingGbpPerMWh)).orElse(false);
    return settle(day, hour, order, filled, clearingGbpPerMWh, imbalanceGbpPerMWh, actualNetMWh);
  }

  /**
   * Settles the hour with the fill outcome given (the exchange's flag, which counts over the fill rule); without an
   * order nothing is contracted whatever {@code filled} says.
   */
  public static HourSettlement settle(
      MarketDay day,
      HourId hour,
      Optional<Order> order,
      boolean filled,
      double clearingGbpPerMWh,
      double imbalanceGbpPerMWh,
      double actualNetMWh) {
    boolean contractedAny = filled && order.isPresent();
    double contracted = contractedAny ? order.get().signedVolumeMWh() : 0.0;
    double dayAhead = contracted * clearingGbpPerMWh;
    double imbalance = (actualNetMWh - contracted) * imbalanceGbpPerMWh;
    return new HourSettlement(
        day, hour, contractedAny, contracted, actualNetMWh, clearingGbpPerMWh, imbalanceGbpPerMWh, dayAhead,
        imbalance);
  }

  /** The hour's P&amp;L without any order: the whole metered net settles at the imbalance price. */
  public static double noTradePnlGbp(double imbalanceGbpPerMWh, double actualNetMWh) {
    return actualNetMWh * imbalanceGbpPerMWh;
  }

  /**
   * The most any order within the grid connection could have made in the hour: {@code X I + cap |P - I|} (X the
   * metered net, P the clearing and I the imbalance price; cap the export cap when P &gt;= I, a SELL being best,
   * else the import cap). A filled order contracting C makes {@code X I + C (P - I)}, never more.
   */
  public static double boundPnlGbp(double clearingGbpPerMWh, double imbalanceGbpPerMWh, double actualNetMWh,
      GridConnection grid) {
    double spread = clearingGbpPerMWh - imbalanceGbpPerMWh;
    double cap = grid.hourlyCapMWh(spread >= 0 ? Side.SELL : Side.BUY);
    return noTradePnlGbp(imbalanceGbpPerMWh, actualNetMWh) + cap * Math.abs(spread);
  }
}
