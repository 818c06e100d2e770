package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.Objects;

/**
 * The sun's position seen from the site at an instant (normally the midpoint of a half-hour): zenith 0..180 deg
 * (above 90 the sun is below the horizon), azimuth 0..360 deg clockwise from north.
 */
public record SolarAngle(Instant time, double zenithDeg, double azimuthDeg) {
  public SolarAngle {
    Objects.requireNonNull(time, "time");
    if (!(zenithDeg >= 0 && zenithDeg <= 180)) {
      throw new IllegalArgumentException(time + ": zenith must be within [0, 180] deg, was " + zenithDeg);
    }
    if (!(azimuthDeg >= 0 && azimuthDeg <= 360)) {
      throw new IllegalArgumentException(time + ": azimuth must be within [0, 360] deg, was " + azimuthDeg);
    }
  }

  public double elevationDeg() {
    return 90.0 - zenithDeg;
  }
}
