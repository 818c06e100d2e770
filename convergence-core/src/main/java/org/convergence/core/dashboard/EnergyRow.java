package org.convergence.core.dashboard;

import java.util.Objects;
import java.util.Optional;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.time.Interval;

/** One half-hour's energy: the forecast, and the metered actual once known. */
public record EnergyRow(Interval interval, EnergyInterval forecast, Optional<EnergyInterval> actual) {
  public EnergyRow {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(actual, "actual");
    if (!forecast.interval().equals(interval)) {
      throw new IllegalArgumentException("forecast interval " + forecast.interval() + " is not " + interval);
    }
    actual.ifPresent(a -> {
      if (!a.interval().equals(interval)) {
        throw new IllegalArgumentException("actual interval " + a.interval() + " is not " + interval);
      }
    });
  }
}
