package org.convergence.core.site;

/**
 * The office's heating: a thermostat that switches a heater of {@code heaterKw} on when the office is below its
 * set-point (occupied or unoccupied), and a one-node thermal model of the building: heat loss
 * {@code baseLossKw + lossKwPerC x (inside - outside)} and thermal capacity {@code capacityKWhPerC}.
 */
public record HeatingSpec(
    double heaterKw,
    double occupiedSetpointC,
    double unoccupiedSetpointC,
    double lossKwPerC,
    double baseLossKw,
    double capacityKWhPerC) {
  public HeatingSpec {
    if (!(heaterKw >= 0 && heaterKw <= 100_000)) {
      throw new IllegalArgumentException("heater_kw must be within [0, 100000] kW, was " + heaterKw);
    }
    if (!(occupiedSetpointC >= 0 && occupiedSetpointC <= 35) || !(unoccupiedSetpointC >= 0
        && unoccupiedSetpointC <= 35)) {
      throw new IllegalArgumentException("set-points must be within [0, 35] C, were " + occupiedSetpointC + " and "
          + unoccupiedSetpointC);
    }
    if (!(lossKwPerC >= 0 && lossKwPerC <= 10_000)) {
      throw new IllegalArgumentException("loss_kw_per_c must be within [0, 10000] kW/C, was " + lossKwPerC);
    }
    if (!(baseLossKw >= 0 && baseLossKw <= 100_000)) {
      throw new IllegalArgumentException("base_loss_kw must be within [0, 100000] kW, was " + baseLossKw);
    }
    if (!(capacityKWhPerC > 0 && capacityKWhPerC <= 1_000_000)) {
      throw new IllegalArgumentException("capacity_kwh_per_c must be within (0, 1000000] kWh/C, was "
          + capacityKWhPerC);
    }
  }
}
