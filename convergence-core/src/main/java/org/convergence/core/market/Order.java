package org.convergence.core.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * One order for one hour of a market day: side, volume (MWh, within (0, {@value MarketRules#MAX_ORDER_VOLUME_MWH}])
 * and limit price (GBP/MWh within
 * [{@value MarketRules#PRICE_FLOOR_GBP_PER_MWH}, {@value MarketRules#PRICE_CAP_GBP_PER_MWH}]).
 */
public record Order(MarketDay day, HourId hour, Side side, double volumeMWh, double limitPriceGbpPerMWh) {
  public Order {
    List<String> problems = problems(day, hour, side, volumeMWh, limitPriceGbpPerMWh);
    if (!problems.isEmpty()) {
      throw new OrderValidationException(problems);
    }
  }

  /** Every problem with these values, empty when they make a valid order. */
  public static List<String> problems(
      MarketDay day, HourId hour, Side side, double volumeMWh, double limitPriceGbpPerMWh) {
    List<String> problems = new ArrayList<>();
    String where = (day == null ? "?" : day.toString()) + " " + (hour == null ? "hour ?" : hour.toString());
    if (day == null) {
      problems.add(where + ": market day is missing");
    }
    if (hour == null) {
      problems.add(where + ": hour_ID is missing");
    }
    if (side == null) {
      problems.add(where + ": side (BUY/SELL) is missing");
    }
    if (!(volumeMWh > 0) || !Double.isFinite(volumeMWh)) {
      problems.add(where + ": volume must be a finite number > 0 MWh, was " + volumeMWh);
    } else if (volumeMWh > MarketRules.MAX_ORDER_VOLUME_MWH) {
      problems.add(where + ": volume must be at most " + MarketRules.MAX_ORDER_VOLUME_MWH + " MWh, was " + volumeMWh);
    }
    if (!MarketRules.isValidLimit(limitPriceGbpPerMWh)) {
      problems.add(where + ": limit price must be within [" + MarketRules.PRICE_FLOOR_GBP_PER_MWH + ", "
          + MarketRules.PRICE_CAP_GBP_PER_MWH + "] GBP/MWh, was " + limitPriceGbpPerMWh);
    }
    return problems;
  }

  /** Signed energy this order contracts when filled: +volume for a SELL, -volume for a BUY (MWh). */
  public double signedVolumeMWh() {
    return side.sign() * volumeMWh;
  }

  public boolean fillsAt(double clearingGbpPerMWh) {
    return MarketRules.fills(this, clearingGbpPerMWh);
  }

  public Order withVolume(double newVolumeMWh) {
    return new Order(day, hour, side, newVolumeMWh, limitPriceGbpPerMWh);
  }

  @Override
  public String toString() {
    return Objects.toString(day) + " " + hour + " " + side + " " + volumeMWh + " MWh @ " + limitPriceGbpPerMWh
        + " GBP/MWh";
  }
}
