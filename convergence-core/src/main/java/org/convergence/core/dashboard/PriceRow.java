package org.convergence.core.dashboard;

import java.util.List;
import java.util.Objects;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;

/**
 * One hour's prices, GBP/MWh: the forecast (point and quantiles, increasing level), and once known the clearing and
 * imbalance prices ({@code NaN} until then).
 */
public record PriceRow(
    HourId hour,
    Interval interval,
    double forecastGbpPerMWh,
    List<Quantile> quantiles,
    double clearingGbpPerMWh,
    double imbalanceGbpPerMWh) {
  public PriceRow {
    Objects.requireNonNull(hour, "hour");
    Objects.requireNonNull(interval, "interval");
    quantiles = List.copyOf(quantiles);
  }

  public boolean isCleared() {
    return !Double.isNaN(clearingGbpPerMWh);
  }
}
