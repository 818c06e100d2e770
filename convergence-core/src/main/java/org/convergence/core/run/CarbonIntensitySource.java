package org.convergence.core.run;

import java.util.OptionalDouble;
import org.convergence.core.time.Interval;

/** Port: the grid's carbon intensity over an interval, gCO2/kWh; empty when unknown. */
public interface CarbonIntensitySource {
  OptionalDouble gramsPerKWh(Interval interval);

  /** Unknown everywhere. */
  static CarbonIntensitySource unknown() {
    return interval -> OptionalDouble.empty();
  }
}
