package org.convergence.core.wind;

import org.convergence.core.site.WindFarmSpec;

/**
 * The farm's expected power from a forecast wind speed: carried to hub height ({@link WindProfile}), corrected by
 * the site's speed factor, read off the turbine's curve with cut-in and cut-out, times turbines in service. With a
 * speed uncertainty s &gt; 0 the curve is averaged over a normal spread N(v, (s v)^2) of the hub-height speed
 * (Gauss-Hermite quadrature), because a forecast speed near cut-in or rated power promises the mean, not the curve.
 */
public final class WindFarmModel {
  // 9-point Gauss-Hermite (probabilists') nodes and weights for a standard normal
  private static final double[] NODES = {-4.512745863399783, -3.205429002856470, -2.076847978677830,
      -1.023255663789133, 0.0, 1.023255663789133, 2.076847978677830, 3.205429002856470, 4.512745863399783};
  private static final double[] WEIGHTS = {2.234584400774658e-05, 0.002789141321231769, 0.04991640676521788,
      0.2440975028949394, 0.4063492063492063, 0.2440975028949394, 0.04991640676521788, 0.002789141321231769,
      2.234584400774658e-05};

  private final WindFarmSpec spec;

  public WindFarmModel(WindFarmSpec spec) {
    this.spec = spec;
  }

  /** Hub-height speed for a forecast speed at {@code measurementHeightM}, m/s, including the site's factor. */
  public double hubSpeedMps(double speedMps, double measurementHeightM) {
    if (Double.isNaN(speedMps)) {
      throw new IllegalArgumentException("wind speed is missing (NaN)");
    }
    return spec.speedFactor() * WindProfile.extrapolate(spec.profile(), speedMps, measurementHeightM,
        spec.hubHeightM(), spec.roughnessLengthM());
  }

  /** One turbine's power at a hub-height speed, kW: zero below cut-in and at or above cut-out. */
  public double turbineKw(double hubSpeedMps) {
    if (hubSpeedMps < spec.cutInMps() || hubSpeedMps >= spec.cutOutMps()) {
      return 0;
    }
    return PowerCurves.interpolate(spec.powerCurve(), spec.interpolation(), hubSpeedMps);
  }

  /** Expected farm power, kW, at a hub-height speed forecast. */
  public double farmKw(double hubSpeedMps) {
    double perTurbine;
    double sigma = spec.speedUncertainty() * hubSpeedMps;
    if (sigma <= 0) {
      perTurbine = turbineKw(hubSpeedMps);
    } else {
      perTurbine = 0;
      for (int i = 0; i < NODES.length; i++) {
        perTurbine += WEIGHTS[i] * turbineKw(Math.max(hubSpeedMps + sigma * NODES[i], 0));
      }
    }
    return spec.turbines() * spec.availability() * perTurbine;
  }
}
