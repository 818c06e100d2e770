package org.convergence.core.market;

/**
 * The AIMLAC exchange's rules: price limits and the fill rule. All fills pay the clearing price, in GBP/MWh.
 */
public final class MarketRules {
  /** Lowest allowed limit price, GBP/MWh. */
  public static final double PRICE_FLOOR_GBP_PER_MWH = -500.0;
  /** Highest allowed limit price, GBP/MWh. */
  public static final double PRICE_CAP_GBP_PER_MWH = 3000.0;
  /**
   * The largest plausible GB imbalance (system) price, either sign, GBP/MWh: the Value of Lost Load (6000), the price
   * the balancing rules set in demand control. Imbalance prices are not bounded by the auction's limits (2022-01-24
   * 17:00Z was 4020.98); beyond this one a recorded value is an outlier.
   */
  public static final double IMBALANCE_PRICE_LIMIT_GBP_PER_MWH = 6000.0;
  /**
   * Largest volume one hourly order may carry, MWh: {@link GridConnection#MAX_CAPACITY_MW} x 1 h. A second line of
   * defence behind the grid cap, so that no bad setting or model sends an absurd order.
   */
  public static final double MAX_ORDER_VOLUME_MWH = 1000.0;

  private MarketRules() {}

  /**
   * A SELL fills when its limit is at or below the clearing price; a BUY when its limit is at or above it.
   */
  public static boolean fills(Side side, double limitGbpPerMWh, double clearingGbpPerMWh) {
    return side == Side.SELL ? limitGbpPerMWh <= clearingGbpPerMWh : limitGbpPerMWh >= clearingGbpPerMWh;
  }

  public static boolean fills(Order order, double clearingGbpPerMWh) {
    return fills(order.side(), order.limitPriceGbpPerMWh(), clearingGbpPerMWh);
  }

  public static boolean isValidLimit(double priceGbpPerMWh) {
    return Double.isFinite(priceGbpPerMWh)
        && priceGbpPerMWh >= PRICE_FLOOR_GBP_PER_MWH
        && priceGbpPerMWh <= PRICE_CAP_GBP_PER_MWH;
  }
}
