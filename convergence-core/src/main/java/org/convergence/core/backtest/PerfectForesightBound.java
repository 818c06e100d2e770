package org.convergence.core.backtest;

import org.convergence.core.market.GridConnection;
import org.convergence.core.market.MarketRules;

/**
 * The true bound of an hour: the most any single order within the grid cap could have earned with the clearing
 * price {@code P} and the imbalance price {@code I} known. An hour pays {@code X I + q (P - I)} for the contracted
 * {@code q} (SELL positive), so the best order is the full export cap when {@code P > I} and the full import cap
 * when {@code P < I}: {@code X I + cap |P - I|}. Under the AIMLAC fill rule a SELL fills only when its limit, at
 * least the price floor, is at or below {@code P}, and a BUY only when its limit, at most the price cap, is at or
 * above {@code P}; a side that cannot fill adds nothing. This bounds every strategy's P&amp;L hour by hour, unlike
 * the perfect-foresight hedge ({@code oracle}), which only contracts the site's actual net.
 */
public final class PerfectForesightBound {
  private PerfectForesightBound() {}

  /** The bound's value added over not trading in one hour, GBP (>= 0). */
  public static double hourValueAddedGbp(double clearingGbpPerMWh, double imbalanceGbpPerMWh, GridConnection grid) {
    double spread = clearingGbpPerMWh - imbalanceGbpPerMWh;
    double sell = clearingGbpPerMWh >= MarketRules.PRICE_FLOOR_GBP_PER_MWH
        ? grid.exportCapacityMW() * spread : 0;
    double buy = clearingGbpPerMWh <= MarketRules.PRICE_CAP_GBP_PER_MWH
        ? -grid.importCapacityMW() * spread : 0;
    return Math.max(0, Math.max(sell, buy));
  }

  /** The bound's P&amp;L in one hour with net energy {@code netMWh}: {@code X I} plus its value added, GBP. */
  public static double hourPnlGbp(double netMWh, double clearingGbpPerMWh, double imbalanceGbpPerMWh,
      GridConnection grid) {
    return netMWh * imbalanceGbpPerMWh + hourValueAddedGbp(clearingGbpPerMWh, imbalanceGbpPerMWh, grid);
  }
}
