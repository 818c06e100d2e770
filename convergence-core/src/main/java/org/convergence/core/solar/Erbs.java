package org.convergence.core.solar;

/**
 * Erbs, Klein and Duffie (1982): splits GHI into DNI and DHI from the clearness index (as pvlib.irradiance.erbs).
 */
public final class Erbs {
  private Erbs() {}

  /**
   * @param ghiWm2 global horizontal irradiance, W/m2 (&gt;= 0)
   * @param zenithDeg solar zenith, degrees
   * @param dniExtraWm2 extraterrestrial normal irradiance, W/m2
   */
  public static Irradiance decompose(double ghiWm2, double zenithDeg, double dniExtraWm2) {
    if (Double.isNaN(ghiWm2)) {
      throw new IllegalArgumentException("GHI is missing (NaN); cannot decompose a gap");
    }
    if (ghiWm2 < 0) {
      throw new IllegalArgumentException("GHI must be >= 0, was " + ghiWm2);
    }
    double cosZ = Math.cos(Math.toRadians(zenithDeg));
    if (ghiWm2 == 0 || !(zenithDeg < 90)) {
      return new Irradiance(ghiWm2, 0, ghiWm2);
    }
    double kt = clearnessIndex(ghiWm2, zenithDeg, dniExtraWm2);
    double df;
    if (kt <= 0.22) {
      df = 1 - 0.09 * kt;
    } else if (kt <= 0.8) {
      df = 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * Math.pow(kt, 3) + 12.336 * Math.pow(kt, 4);
    } else {
      df = 0.165;
    }
    double dhi = df * ghiWm2;
    double dni = (ghiWm2 - dhi) / cosZ;
    return new Irradiance(ghiWm2, Math.max(dni, 0), dhi);
  }

  /**
   * Clearness index kt = GHI / (extraterrestrial x cos zenith), with cos zenith floored at 0.065 and kt capped at
   * 2 (pvlib.irradiance.clearness_index defaults).
   */
  public static double clearnessIndex(double ghiWm2, double zenithDeg, double dniExtraWm2) {
    double cosZ = Math.max(Math.cos(Math.toRadians(zenithDeg)), 0.065);
    double kt = ghiWm2 / (dniExtraWm2 * cosZ);
    return Math.min(Math.max(kt, 0), 2.0);
  }
}
