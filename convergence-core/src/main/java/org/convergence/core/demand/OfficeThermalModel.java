package org.convergence.core.demand;

import org.convergence.core.site.HeatingSpec;

/**
 * One-node thermal model of the office under its thermostat. The real office switches a heater fully on or off
 * around its set-point (readings: -140/-150 kW with heating, -20/-30 kW without); over a half-hour what matters is
 * the mean, which this model gives: full power while the office is below its set-point (morning warm-up), none
 * while above (evening cool-down), and just the heat loss while it holds the set-point.
 *
 * <p>State: the inside temperature. Each {@link #step} advances it by {@code hours} given the outside temperature
 * and the set-point in force, and returns the mean heater power over the step.
 */
public final class OfficeThermalModel {
  private final HeatingSpec spec;
  private double insideC;

  public OfficeThermalModel(HeatingSpec spec, double initialInsideC) {
    this.spec = spec;
    this.insideC = initialInsideC;
  }

  public double insideC() {
    return insideC;
  }

  /** Heat lost by the building at the current inside temperature, kW (&gt;= 0). */
  public double lossKw(double outsideC) {
    return Math.max(spec.baseLossKw() + spec.lossKwPerC() * (insideC - outsideC), 0);
  }

  /**
   * Advances the model and returns the mean heater power, kW, over the step.
   *
   * @param outsideC outside air temperature over the step, C (must not be NaN)
   * @param occupied whether the occupied set-point is in force
   * @param hours length of the step, h (keep it short, e.g. 5 minutes)
   */
  public double step(double outsideC, boolean occupied, double hours) {
    if (Double.isNaN(outsideC)) {
      throw new IllegalArgumentException("outside temperature is missing (NaN)");
    }
    double setpoint = occupied ? spec.occupiedSetpointC() : spec.unoccupiedSetpointC();
    double loss = lossKw(outsideC);
    // the heat that brings the office exactly to its set-point by the end of the step, within the heater's range
    double wanted = loss + (setpoint - insideC) * spec.capacityKWhPerC() / hours;
    double heat = Math.min(Math.max(wanted, 0), spec.heaterKw());
    insideC += (heat - loss) * hours / spec.capacityKWhPerC();
    return heat;
  }
}
