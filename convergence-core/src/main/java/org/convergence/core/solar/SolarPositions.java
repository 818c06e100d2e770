package org.convergence.core.solar;

import java.time.Instant;
import java.time.ZoneOffset;
import net.e175.klaus.solarpositioning.DeltaT;
import net.e175.klaus.solarpositioning.SPA;
import net.e175.klaus.solarpositioning.SolarPosition;
import org.convergence.core.site.GeoLocation;

/**
 * Solar position by NREL's Solar Position Algorithm (Reda and Andreas 2004/2008), computed by
 * {@code net.e175.klaus:solarpositioning}. Uncertainty +-0.0003 degrees.
 */
public final class SolarPositions {
  /** Standard atmosphere used when the forecast has no pressure, hPa. */
  public static final double STANDARD_PRESSURE_HPA = 1013.25;

  private SolarPositions() {}

  /**
   * Topocentric position with refraction for the given air pressure (hPa) and temperature (C); NaN pressure or
   * temperature fall back to the standard atmosphere at the site's elevation and 12 C. Delta T is estimated.
   */
  public static SunPosition at(Instant time, GeoLocation site, double pressureHpa, double temperatureC) {
    var utc = time.atZone(ZoneOffset.UTC);
    double p = Double.isNaN(pressureHpa) ? Atmosphere.pressureHpaAt(site.elevationM()) : pressureHpa;
    double t = Double.isNaN(temperatureC) ? 12 : temperatureC;
    return spa(time, site.latitudeDeg(), site.longitudeDeg(), site.elevationM(),
        DeltaT.estimate(utc.toLocalDate()), p, t);
  }

  /** The raw SPA call with every input explicit (delta T in seconds, pressure in hPa = mbar). */
  public static SunPosition spa(Instant time, double latitudeDeg, double longitudeDeg, double elevationM,
      double deltaTSeconds, double pressureHpa, double temperatureC) {
    SolarPosition p = SPA.calculateSolarPosition(time.atZone(ZoneOffset.UTC), latitudeDeg, longitudeDeg,
        elevationM, deltaTSeconds, pressureHpa, temperatureC);
    return new SunPosition(p.zenithAngle(), p.azimuth());
  }
}
