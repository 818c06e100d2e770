package org.convergence.core.dashboard;

import java.util.Objects;
import org.convergence.core.time.HourId;

/**
 * Carbon saved in one hour: the site's renewable generation (metered when known, else forecast) times the grid's
 * carbon intensity, i.e. the grid emissions that generation displaced. {@code NaN} where the intensity is unknown.
 *
 * @param metered true when {@code generationMWh} is metered, false when it is the forecast
 */
public record CarbonRow(
    HourId hour, double intensityGCo2PerKWh, double generationMWh, boolean metered, double savedKgCo2) {
  public CarbonRow {
    Objects.requireNonNull(hour, "hour");
  }
}
