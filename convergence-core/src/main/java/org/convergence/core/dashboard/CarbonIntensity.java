package org.convergence.core.dashboard;

import java.util.Objects;
import org.convergence.core.time.Interval;

/** The grid's average carbon intensity over an interval, gCO2/kWh (equal to kgCO2/MWh). */
public record CarbonIntensity(Interval interval, double gCo2PerKWh) {
  public CarbonIntensity {
    Objects.requireNonNull(interval, "interval");
    if (!(gCo2PerKWh >= 0) || !Double.isFinite(gCo2PerKWh)) {
      throw new IllegalArgumentException(interval + ": carbon intensity must be finite and >= 0 gCO2/kWh, was "
          + gCo2PerKWh);
    }
  }

  /** The known intensities of a carbon source's answer (its best estimate per interval; unknown ones left out). */
  public static java.util.List<CarbonIntensity> known(java.util.List<org.convergence.core.carbon.CarbonIntensity> all) {
    return all.stream().filter(c -> !Double.isNaN(c.bestGPerKWh()))
        .map(c -> new CarbonIntensity(c.interval(), c.bestGPerKWh())).toList();
  }
}
