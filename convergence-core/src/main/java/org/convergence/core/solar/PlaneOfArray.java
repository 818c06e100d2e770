package org.convergence.core.solar;

/**
 * Irradiance on a tilted plane, W/m2: beam, sky-diffuse and ground-reflected parts (as pvlib.irradiance), and the
 * angle of incidence.
 */
public record PlaneOfArray(double beamWm2, double skyDiffuseWm2, double groundDiffuseWm2) {
  /** Ground albedo used when none is given (pvlib's default). */
  public static final double DEFAULT_ALBEDO = 0.25;

  public double globalWm2() {
    return beamWm2 + skyDiffuseWm2 + groundDiffuseWm2;
  }

  /** Transposition models of diffuse sky irradiance. */
  public enum SkyModel { ISOTROPIC, HAY_DAVIES }

  /** Cosine of the angle of incidence of the sun's beam on a surface (may be negative: sun behind the plane). */
  public static double cosAngleOfIncidence(double tiltDeg, double surfaceAzimuthDeg, SunPosition sun) {
    double st = Math.toRadians(tiltDeg);
    double sz = Math.toRadians(sun.zenithDeg());
    return Math.cos(st) * Math.cos(sz)
        + Math.sin(st) * Math.sin(sz) * Math.cos(Math.toRadians(sun.azimuthDeg() - surfaceAzimuthDeg));
  }

  /** Angle of incidence, degrees (0 = sun normal to the panel, above 90 = sun behind it). */
  public static double angleOfIncidenceDeg(double tiltDeg, double surfaceAzimuthDeg, SunPosition sun) {
    double c = Math.max(-1, Math.min(1, cosAngleOfIncidence(tiltDeg, surfaceAzimuthDeg, sun)));
    return Math.toDegrees(Math.acos(c));
  }

  /**
   * Transposes horizontal irradiance to a plane of tilt {@code tiltDeg} facing {@code surfaceAzimuthDeg}.
   *
   * @param dniExtraWm2 extraterrestrial irradiance (used by Hay-Davies' anisotropy index)
   */
  public static PlaneOfArray transpose(SkyModel model, double tiltDeg, double surfaceAzimuthDeg, SunPosition sun,
      Irradiance horizontal, double dniExtraWm2, double albedo) {
    double cosAoi = cosAngleOfIncidence(tiltDeg, surfaceAzimuthDeg, sun);
    double beam = sun.isUp() ? Math.max(horizontal.dniWm2() * Math.max(cosAoi, 0), 0) : 0;
    double tilt = Math.toRadians(tiltDeg);
    double isotropicView = (1 + Math.cos(tilt)) / 2;
    double sky;
    if (model == SkyModel.ISOTROPIC || !sun.isUp()) {
      sky = horizontal.dhiWm2() * isotropicView;
    } else {
      // Hay and Davies (1980): circumsolar part follows the beam, the rest is isotropic (pvlib.irradiance.haydavies).
      double cosZ = Math.max(sun.cosZenith(), 0.01745);
      double ai = Math.min(horizontal.dniWm2() / dniExtraWm2, 1);
      double rb = Math.max(cosAoi, 0) / cosZ;
      sky = horizontal.dhiWm2() * (ai * rb + (1 - ai) * isotropicView);
    }
    double ground = horizontal.ghiWm2() * albedo * (1 - Math.cos(tilt)) / 2;
    return new PlaneOfArray(beam, Math.max(sky, 0), Math.max(ground, 0));
  }
}
