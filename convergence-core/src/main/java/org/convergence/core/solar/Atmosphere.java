package org.convergence.core.solar;

/** Air mass and extraterrestrial irradiance (as in pvlib.atmosphere and pvlib.irradiance). */
public final class Atmosphere {
  /** Solar constant, W/m2 (pvlib's default). */
  public static final double SOLAR_CONSTANT_WM2 = 1366.1;

  private Atmosphere() {}

  /** Standard-atmosphere pressure at an altitude, hPa (pvlib.atmosphere.alt2pres). */
  public static double pressureHpaAt(double altitudeM) {
    return 1013.25 * Math.pow(1 - 2.25577e-5 * altitudeM, 5.25588);
  }

  /**
   * Relative (optical) air mass, Kasten and Young (1989), for an apparent zenith in degrees; NaN when the sun is
   * below the horizon.
   */
  public static double relativeAirmass(double zenithDeg) {
    if (!(zenithDeg < 90)) {
      return Double.NaN;
    }
    return 1.0 / (Math.cos(Math.toRadians(zenithDeg)) + 0.50572 * Math.pow(96.07995 - zenithDeg, -1.6364));
  }

  /** Absolute (pressure-corrected) air mass. */
  public static double absoluteAirmass(double relativeAirmass, double pressureHpa) {
    return relativeAirmass * pressureHpa / 1013.25;
  }

  /** Extraterrestrial normal irradiance on day {@code dayOfYear} (1..366), Spencer (1971), W/m2. */
  public static double extraterrestrialWm2(int dayOfYear) {
    if (dayOfYear < 1 || dayOfYear > 366) {
      throw new IllegalArgumentException("day of year must be within [1, 366], was " + dayOfYear);
    }
    double b = 2 * Math.PI / 365 * (dayOfYear - 1);
    double rOverR0Sq = 1.00011 + 0.034221 * Math.cos(b) + 0.00128 * Math.sin(b) + 0.000719 * Math.cos(2 * b)
        + 0.000077 * Math.sin(2 * b);
    return SOLAR_CONSTANT_WM2 * rOverR0Sq;
  }
}
