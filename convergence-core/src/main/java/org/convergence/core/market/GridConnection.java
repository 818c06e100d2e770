package org.convergence.core.market;

/**
 * The site's connection to the grid. It limits how much energy one hour's order may contract: export capacity
 * (MW) x 1 h for a SELL, import capacity x 1 h for a BUY.
 */
public record GridConnection(double exportCapacityMW, double importCapacityMW) {
  public GridConnection {
    if (!(exportCapacityMW > 0) || !Double.isFinite(exportCapacityMW)) {
      throw new IllegalArgumentException("export capacity must be > 0 MW, was " + exportCapacityMW);
    }
    if (!(importCapacityMW > 0) || !Double.isFinite(importCapacityMW)) {
      throw new IllegalArgumentException("import capacity must be > 0 MW, was " + importCapacityMW);
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
