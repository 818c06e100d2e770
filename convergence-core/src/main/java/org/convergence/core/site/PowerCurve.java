package org.convergence.core.site;

import java.util.List;
import java.util.Objects;

/** A turbine power curve: electrical power (kW) at increasing wind speeds (m/s, at hub height). */
public record PowerCurve(List<Double> windSpeedMS, List<Double> powerKw) {
  public PowerCurve {
    Objects.requireNonNull(windSpeedMS, "wind_speed_m_s");
    Objects.requireNonNull(powerKw, "power_kw");
    if (windSpeedMS.size() != powerKw.size()) {
      throw new IllegalArgumentException("power curve needs as many powers as wind speeds, has "
          + powerKw.size() + " powers for " + windSpeedMS.size() + " speeds");
    }
    if (windSpeedMS.size() < 2) {
      throw new IllegalArgumentException("power curve needs at least 2 points, has " + windSpeedMS.size());
    }
    for (int i = 0; i < windSpeedMS.size(); i++) {
      double v = windSpeedMS.get(i);
      double p = powerKw.get(i);
      if (!(v >= 0) || (i > 0 && !(v > windSpeedMS.get(i - 1)))) {
        throw new IllegalArgumentException("power curve wind speeds must be >= 0 and strictly increasing, at index "
            + i + " was " + v);
      }
      if (!(p >= 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException("power curve powers must be finite and >= 0 kW, at index " + i + " was " + p);
      }
    }
    windSpeedMS = List.copyOf(windSpeedMS);
    powerKw = List.copyOf(powerKw);
  }

  /** The largest power on the curve, kW. */
  public double ratedKw() {
    return powerKw.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
