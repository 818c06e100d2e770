package org.convergence.core.site;

import java.util.Objects;
import org.convergence.core.wind.PowerCurves;
import org.convergence.core.wind.WindProfile;

/**
 * The site's wind turbines.
 *
 * @param turbines number of turbines
 * @param hubHeightM hub height the power curve applies at, m
 * @param powerCurve one turbine's curve: hub-height speed -> kW
 * @param cutInMps below this hub-height speed a turbine produces nothing
 * @param cutOutMps at or above this hub-height speed turbines shut down
 * @param availability fraction of turbines in service, 0..1
 * @param profile how the forecast speed is carried to hub height
 * @param roughnessLengthM surface roughness length z0 for the profile, m
 * @param interpolation how the curve is read between its points
 * @param speedFactor correction of the forecast's speed for the site (1 = none; calibrated on readings)
 * @param speedUncertainty relative standard deviation of the hub-height speed forecast (0 = take the forecast as
 *     exact); the expected power is averaged over that spread, which is what a forecast can promise
 */
public record WindFarmSpec(
    int turbines,
    double hubHeightM,
    PowerCurve powerCurve,
    double cutInMps,
    double cutOutMps,
    double availability,
    WindProfile.Law profile,
    double roughnessLengthM,
    PowerCurves.Interpolation interpolation,
    double speedFactor,
    double speedUncertainty) {
  public WindFarmSpec {
    Objects.requireNonNull(powerCurve, "power_curve");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(interpolation, "interpolation");
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
    if (!(roughnessLengthM > 0 && roughnessLengthM < hubHeightM)) {
      throw new IllegalArgumentException("roughness length must be within (0, hub height) m, was " + roughnessLengthM);
    }
    if (!(speedFactor > 0 && speedFactor <= 5)) {
      throw new IllegalArgumentException("speed factor must be within (0, 5], was " + speedFactor);
    }
    if (!(speedUncertainty >= 0 && speedUncertainty <= 1)) {
      throw new IllegalArgumentException("speed uncertainty must be within [0, 1], was " + speedUncertainty);
    }
  }

  /** The farm's largest possible output, kW. */
  public double ratedKw() {
    return turbines * availability * powerCurve.ratedKw();
  }
}
