package org.convergence.core.wind;

/** Extrapolation of wind speed to hub height (as windpowerlib.wind_speed). */
public final class WindProfile {
  private WindProfile() {}

  /** How wind speed is carried to hub height. */
  public enum Law { LOGARITHMIC, HELLMAN }

  /**
   * Logarithmic wind profile without obstacle height: v_hub = v x ln(h_hub/z0) / ln(h_data/z0).
   *
   * @param roughnessLengthM surface roughness length z0, m
   */
  public static double logarithmic(double speedMps, double dataHeightM, double hubHeightM, double roughnessLengthM) {
    requireHeights(dataHeightM, hubHeightM, roughnessLengthM);
    return speedMps * Math.log(hubHeightM / roughnessLengthM) / Math.log(dataHeightM / roughnessLengthM);
  }

  /**
   * Hellman power law, v_hub = v x (h_hub/h_data)^alpha, with alpha = 1 / ln(h_hub / z0) (windpowerlib's default
   * when a roughness length is given).
   */
  public static double hellman(double speedMps, double dataHeightM, double hubHeightM, double roughnessLengthM) {
    requireHeights(dataHeightM, hubHeightM, roughnessLengthM);
    return hellmanWithExponent(speedMps, dataHeightM, hubHeightM, 1 / Math.log(hubHeightM / roughnessLengthM));
  }

  /** Hellman power law with an explicit exponent (1/7 is the classic open-terrain value). */
  public static double hellmanWithExponent(double speedMps, double dataHeightM, double hubHeightM, double exponent) {
    if (!(dataHeightM > 0) || !(hubHeightM > 0)) {
      throw new IllegalArgumentException("heights must be > 0 m, were " + dataHeightM + " and " + hubHeightM);
    }
    return speedMps * Math.pow(hubHeightM / dataHeightM, exponent);
  }

  public static double extrapolate(Law law, double speedMps, double dataHeightM, double hubHeightM,
      double roughnessLengthM) {
    return switch (law) {
      case LOGARITHMIC -> logarithmic(speedMps, dataHeightM, hubHeightM, roughnessLengthM);
      case HELLMAN -> hellman(speedMps, dataHeightM, hubHeightM, roughnessLengthM);
    };
  }

  private static void requireHeights(double dataHeightM, double hubHeightM, double z0) {
    if (!(z0 > 0)) {
      throw new IllegalArgumentException("roughness length must be > 0 m, was " + z0);
    }
    if (!(dataHeightM > z0) || !(hubHeightM > z0)) {
      throw new IllegalArgumentException("heights (" + dataHeightM + " m, " + hubHeightM
          + " m) must be above the roughness length " + z0 + " m");
    }
  }
}
