package org.convergence.core.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Helpers shared by the strategies: turning a signed volume into a capped, valid order. */
public final class Contracts {
  /** Volumes are rounded to whole kWh; a smaller order is not placed. */
  public static final double VOLUME_STEP_MWH = 0.001;

  private Contracts() {}

  /**
   * An order contracting {@code signedMWh} (positive = SELL, negative = BUY), capped by the grid connection and
   * rounded to {@link #VOLUME_STEP_MWH}, at the given limit clamped into the market's price limits; empty when the
   * rounded volume is zero.
   */
  public static Optional<Order> contract(
      MarketDay day, HourId hour, double signedMWh, double limitGbpPerMWh, GridConnection grid) {
    if (!Double.isFinite(signedMWh)) {
      throw new IllegalArgumentException(day + " " + hour + ": volume to contract must be finite, was " + signedMWh);
    }
    Side side = signedMWh >= 0 ? Side.SELL : Side.BUY;
    double volume = Math.min(roundToStep(Math.abs(signedMWh), RoundingMode.HALF_UP),
        roundToStep(grid.hourlyCapMWh(side), RoundingMode.FLOOR));
    if (volume < VOLUME_STEP_MWH) {
      return Optional.empty();
    }
    return Optional.of(new Order(day, hour, side, volume, clampLimit(limitGbpPerMWh)));
  }

  /** An order that always fills: a SELL at the price floor, a BUY at the price cap. */
  public static Optional<Order> alwaysFilling(MarketDay day, HourId hour, double signedMWh, GridConnection grid) {
    double limit = signedMWh >= 0 ? MarketRules.PRICE_FLOOR_GBP_PER_MWH : MarketRules.PRICE_CAP_GBP_PER_MWH;
    return contract(day, hour, signedMWh, limit, grid);
  }

  /** {@code mwh} as a whole number of kWh (a clean decimal), rounded as given. */
  static double roundToStep(double mwh, RoundingMode mode) {
    return BigDecimal.valueOf(mwh).setScale(3, mode).doubleValue();
  }

  public static double clampLimit(double limitGbpPerMWh) {
    if (Double.isNaN(limitGbpPerMWh)) {
      throw new IllegalArgumentException("limit price is NaN");
    }
    return Math.max(MarketRules.PRICE_FLOOR_GBP_PER_MWH, Math.min(MarketRules.PRICE_CAP_GBP_PER_MWH, limitGbpPerMWh));
  }
}
