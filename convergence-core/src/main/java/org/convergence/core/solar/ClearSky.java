package org.convergence.core.solar;

/** Clear-sky irradiance models (as in pvlib.clearsky). */
public final class ClearSky {
  private ClearSky() {}

  /**
   * Ineichen and Perez (2002), as pvlib.clearsky.ineichen with its default {@code perez_enhancement=False}.
   *
   * @param apparentZenithDeg refraction-corrected zenith, degrees
   * @param absoluteAirmass pressure-corrected air mass
   * @param linkeTurbidity Linke turbidity factor (about 2 very clear .. 5 hazy)
   * @param altitudeM site altitude, m
   * @param dniExtraWm2 extraterrestrial normal irradiance, W/m2
   */
  public static Irradiance ineichen(double apparentZenithDeg, double absoluteAirmass, double linkeTurbidity,
      double altitudeM, double dniExtraWm2) {
    if (!(apparentZenithDeg < 90) || !(absoluteAirmass > 0)) {
      return Irradiance.DARK;
    }
    double cosZ = Math.max(Math.cos(Math.toRadians(apparentZenithDeg)), 0);
    double tl = linkeTurbidity;
    double fh1 = Math.exp(-altitudeM / 8000);
    double fh2 = Math.exp(-altitudeM / 1250);
    double cg1 = 5.09e-5 * altitudeM + 0.868;
    double cg2 = 3.92e-5 * altitudeM + 0.0387;
    double ghi = Math.exp(-cg2 * absoluteAirmass * (fh1 + fh2 * (tl - 1)));
    ghi = cg1 * dniExtraWm2 * cosZ * Math.max(ghi, 0); // without Perez's enhancement (pvlib's default)
    double b = 0.664 + 0.163 / fh1;
    double bnci = b * Math.exp(-0.09 * absoluteAirmass * (tl - 1)) * dniExtraWm2;
    double bnci2 = ghi * (1 - (0.1 - 0.2 * Math.exp(-tl)) / (0.1 + 0.882 / fh1)) / cosZ;
    bnci2 = Math.min(Math.max(bnci2, 0), 1e20);
    double dni = Math.min(bnci, bnci2);
    double dhi = ghi - dni * cosZ;
    return new Irradiance(Math.max(ghi, 0), Math.max(dni, 0), Math.max(Math.min(dhi, ghi), 0));
  }

  /** Haurwitz (1945) clear-sky GHI, W/m2, from the apparent zenith. */
  public static double haurwitzGhiWm2(double apparentZenithDeg) {
    double cosZ = Math.cos(Math.toRadians(apparentZenithDeg));
    if (!(cosZ > 0)) {
      return 0;
    }
    return 1098.0 * cosZ * Math.exp(-0.059 / cosZ);
  }
}
