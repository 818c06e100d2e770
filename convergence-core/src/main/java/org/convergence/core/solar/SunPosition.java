package org.convergence.core.solar;

/**
 * Where the sun is, seen from the site: topocentric zenith angle (degrees from vertical, refraction-corrected) and
 * azimuth (degrees clockwise from north).
 */
public record SunPosition(double zenithDeg, double azimuthDeg) {
  public SunPosition {
    if (!(zenithDeg >= 0 && zenithDeg <= 180)) {
      throw new IllegalArgumentException("zenith must be within [0, 180] degrees, was " + zenithDeg);
    }
    if (!(azimuthDeg >= 0 && azimuthDeg <= 360)) {
      throw new IllegalArgumentException("azimuth must be within [0, 360] degrees, was " + azimuthDeg);
    }
  }

  public double elevationDeg() {
    return 90 - zenithDeg;
  }

  /** True when the sun's centre is above the horizon. */
  public boolean isUp() {
    return zenithDeg < 90;
  }

  public double cosZenith() {
    return Math.cos(Math.toRadians(zenithDeg));
  }
}
