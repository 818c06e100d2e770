package org.convergence.core.price;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;

/**
 * The forecast clearing price of one hour: a point forecast and quantiles in increasing level (at least 10, 50 and
 * 90 %), GBP/MWh.
 */
public record HourPriceForecast(HourId hour, double pointGbpPerMWh, List<Quantile> quantiles) {
  public HourPriceForecast {
    Objects.requireNonNull(hour, "hour");
    if (!Double.isFinite(pointGbpPerMWh)) {
      throw new IllegalArgumentException(hour + ": point forecast must be finite, was " + pointGbpPerMWh);
    }
    quantiles = quantiles.stream().sorted(Comparator.comparingDouble(Quantile::level)).toList();
  }

  /** The price at a quantile level, interpolating linearly between the given levels and clamping outside them. */
  public double quantile(double level) {
    if (quantiles.isEmpty()) {
      return pointGbpPerMWh;
    }
    Quantile first = quantiles.get(0);
    if (level <= first.level()) {
      return first.priceGbpPerMWh();
    }
    for (int i = 1; i < quantiles.size(); i++) {
      Quantile a = quantiles.get(i - 1);
      Quantile b = quantiles.get(i);
      if (level <= b.level()) {
        double w = (level - a.level()) / (b.level() - a.level());
        return a.priceGbpPerMWh() + w * (b.priceGbpPerMWh() - a.priceGbpPerMWh());
      }
    }
    return quantiles.get(quantiles.size() - 1).priceGbpPerMWh();
  }
}
