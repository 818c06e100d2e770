package org.convergence.core.site;

import java.util.Objects;

/**
 * The site's wind turbines: how many, hub height, one turbine's power curve, cut-in and cut-out speeds (m/s) and
 * availability (fraction of turbines running, 0..1).
 */
public record WindFarmSpec(
    int turbines, double hubHeightM, PowerCurve powerCurve, double cutInMps, double cutOutMps, double availability) {
  public WindFarmSpec {
    Objects.requireNonNull(powerCurve, "power_curve");
    if (turbines < 0 || turbines > 1000) {
      throw new IllegalArgumentException("turbines must be within [0, 1000], was " + turbines);
    }
    if (!(hubHeightM > 0 && hubHeightM <= 300)) {
      throw new IllegalArgumentException("hub height must be within (0, 300] m, was " + hubHeightM);
    }
    if (!(cutInMps >= 0 && cutOutMps > cutInMps && cutOutMps <= 60)) {
      throw new IllegalArgumentException(
          "need 0 <= cut-in < cut-out <= 60 m/s, were cut-in " + cutInMps + " and cut-out " + cutOutMps);
    }
    if (!(availability >= 0 && availability <= 1)) {
      throw new IllegalArgumentException("availability must be within [0, 1], was " + availability);
    }
  }
}
