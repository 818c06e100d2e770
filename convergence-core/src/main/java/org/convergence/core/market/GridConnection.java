package org.convergence.core.market;

/**
 * The site's connection to the grid. It limits how much energy one hour's order may contract: export capacity
 * (MW) x 1 h for a SELL, import capacity x 1 h for a BUY. Each capacity is within (0, {@value #MAX_CAPACITY_MW}] MW
 * (the largest single GB grid connections are about 2 GW; an order is also capped by
 * {@link MarketRules#MAX_ORDER_VOLUME_MWH}).
 */
public record GridConnection(double exportCapacityMW, double importCapacityMW) {
  /** The largest plausible capacity, MW. */
  public static final double MAX_CAPACITY_MW = 1000;

  public GridConnection {
    if (!(exportCapacityMW > 0 && exportCapacityMW <= MAX_CAPACITY_MW)) {
      throw new IllegalArgumentException("export_capacity_mw must be within (0, " + MAX_CAPACITY_MW + "] MW, was "
          + exportCapacityMW);
    }
    if (!(importCapacityMW > 0 && importCapacityMW <= MAX_CAPACITY_MW)) {
      throw new IllegalArgumentException("import_capacity_mw must be within (0, " + MAX_CAPACITY_MW + "] MW, was "
          + importCapacityMW);
    }
  }

  /** The largest volume (MWh) one hourly order on this side may carry. */
  public double hourlyCapMWh(Side side) {
    return side == Side.SELL ? exportCapacityMW : importCapacityMW;
  }

  /** The volume capped to the connection, for an order on {@code side}. */
  public double cap(Side side, double volumeMWh) {
    return Math.min(volumeMWh, hourlyCapMWh(side));
  }
}
