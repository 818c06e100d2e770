package org.convergence.core.run;

import java.util.OptionalDouble;
import org.convergence.core.time.Interval;

/** Port: the grid's carbon intensity over an interval, gCO2/kWh; empty when unknown. */
public interface CarbonIntensity {
  OptionalDouble gramsPerKWh(Interval interval);

  /** Unknown everywhere. */
  static CarbonIntensity unknown() {
    return interval -> OptionalDouble.empty();
  }
}
