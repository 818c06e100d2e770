package org.convergence.core.solar;

import java.util.List;
import java.util.Objects;

/**
 * The site's horizon: the elevation of the skyline (terrain, trees, buildings) seen from the array, at equally
 * spaced azimuths clockwise from north ({@code elevationDeg.get(i)} at azimuth {@code i * 360 / n}), read between
 * them by linear interpolation around the circle, as PVGIS and pvlib's horizon profiles are. When the sun is below
 * the skyline its beam does not reach the site: the direct part of the irradiance is removed and only the diffuse
 * sky remains ({@link #shade}). A profile of zeros is a flat horizon.
 *
 * <pre>{@code
 * HorizonProfile h = new HorizonProfile(List.of(0.0, 0.0, 10.0, 5.0));   // N, E, S, W
 * h.elevationDegAt(135);                                               // 5.0 (half-way between E and S)
 * h.shade(irradiance, sun);                                            // DNI 0, GHI = DHI if sun below 5 deg
 * }</pre>
 */
public record HorizonProfile(List<Double> elevationDeg) {
  /** The largest skyline elevation accepted, degrees. */
  public static final double MAX_ELEVATION_DEG = 45;

  public HorizonProfile {
    Objects.requireNonNull(elevationDeg, "horizon_deg");
    if (elevationDeg.isEmpty()) {
      throw new IllegalArgumentException("horizon_deg needs at least one elevation (one value = the same all round)");
    }
    for (int i = 0; i < elevationDeg.size(); i++) {
      Double e = elevationDeg.get(i);
      if (e == null || !(e >= 0 && e <= MAX_ELEVATION_DEG)) {
        throw new IllegalArgumentException("horizon_deg must be within [0, " + MAX_ELEVATION_DEG
            + "] degrees, at index " + i + " was " + e);
      }
    }
    elevationDeg = List.copyOf(elevationDeg);
  }

  /** A flat horizon of {@code n} zero elevations. */
  public static HorizonProfile flat(int n) {
    return new HorizonProfile(java.util.Collections.nCopies(n, 0.0));
  }

  /** Number of azimuths the profile gives. */
  public int size() {
    return elevationDeg.size();
  }

  /** Azimuth of profile point {@code i}, degrees clockwise from north. */
  public double azimuthDegOf(int i) {
    return i * 360.0 / size();
  }

  /** Skyline elevation at an azimuth (degrees clockwise from north, any value: taken modulo 360), degrees. */
  public double elevationDegAt(double azimuthDeg) {
    int n = size();
    double step = 360.0 / n;
    double a = ((azimuthDeg % 360) + 360) % 360;
    int i = (int) Math.floor(a / step) % n;
    double f = a / step - Math.floor(a / step);
    double lo = elevationDeg.get(i);
    double hi = elevationDeg.get((i + 1) % n);
    return lo + f * (hi - lo);
  }

  /** True when the sun is up but below the skyline at its azimuth, so its beam is blocked. */
  public boolean blocks(SunPosition sun) {
    return sun.isUp() && sun.elevationDeg() < elevationDegAt(sun.azimuthDeg());
  }

  /**
   * Horizontal irradiance as it reaches the site: unchanged when the sun is above the skyline; otherwise the beam
   * is removed (DNI 0) and GHI is the diffuse sky alone (GHI = DHI).
   */
  public Irradiance shade(Irradiance horizontal, SunPosition sun) {
    if (!blocks(sun)) {
      return horizontal;
    }
    return new Irradiance(horizontal.dhiWm2(), 0, horizontal.dhiWm2());
  }

  /** This profile with point {@code i} set to {@code elevation}. */
  public HorizonProfile with(int i, double elevation) {
    List<Double> copy = new java.util.ArrayList<>(elevationDeg);
    copy.set(i, elevation);
    return new HorizonProfile(copy);
  }
}
