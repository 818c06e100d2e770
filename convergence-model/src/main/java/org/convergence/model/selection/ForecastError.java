package org.convergence.model.selection;

import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** One hour's point forecast against the clearing price that came out, GBP/MWh. */
public record ForecastError(MarketDay day, HourId hour, double forecastGbpPerMWh, double actualGbpPerMWh) {
  public ForecastError {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(hour, "hour");
    if (!Double.isFinite(forecastGbpPerMWh) || !Double.isFinite(actualGbpPerMWh)) {
      throw new IllegalArgumentException(day + " " + hour + ": forecast and actual must be finite");
    }
  }

  public double absoluteGbpPerMWh() {
    return Math.abs(forecastGbpPerMWh - actualGbpPerMWh);
  }
}
