package org.convergence.core.site;

import java.util.List;
import java.util.Objects;

/** A turbine power curve: electrical power (kW) at increasing wind speeds (m/s, at hub height). */
public record PowerCurve(List<Double> windSpeedMps, List<Double> powerKw) {
  public PowerCurve {
    Objects.requireNonNull(windSpeedMps, "wind_speed_mps");
    Objects.requireNonNull(powerKw, "power_kw");
    if (windSpeedMps.size() != powerKw.size()) {
      throw new IllegalArgumentException("power curve needs as many powers as wind speeds, has "
          + powerKw.size() + " powers for " + windSpeedMps.size() + " speeds");
    }
    if (windSpeedMps.size() < 2) {
      throw new IllegalArgumentException("power curve needs at least 2 points, has " + windSpeedMps.size());
    }
    for (int i = 0; i < windSpeedMps.size(); i++) {
      double v = windSpeedMps.get(i);
      double p = powerKw.get(i);
      if (!(v >= 0 && v <= 100) || (i > 0 && !(v > windSpeedMps.get(i - 1)))) {
        throw new IllegalArgumentException("wind_speed_mps must be within [0, 100] m/s and strictly increasing, at"
            + " index " + i + " was " + v);
      }
      if (!(p >= 0 && p <= 30_000)) {
        throw new IllegalArgumentException("power_kw must be within [0, 30000] kW (one turbine), at index " + i
            + " was " + p);
      }
    }
    windSpeedMps = List.copyOf(windSpeedMps);
    powerKw = List.copyOf(powerKw);
  }

  /** The largest power on the curve, kW. */
  public double ratedKw() {
    return powerKw.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
