package org.convergence.core.carbon;

import java.util.List;
import org.convergence.core.time.Interval;

/** A port: where grid carbon intensity comes from (e.g. the GB Carbon Intensity API). */
public interface CarbonIntensitySource {
  /** The half-hourly intensities overlapping {@code interval}, in time order; may have gaps. */
  List<CarbonIntensity> intensity(Interval interval);
}
