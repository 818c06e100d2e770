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

  /**
   * The sun's position at each half-hour's midpoint of the day, with the forecast's pressure and temperature when
   * it has one sample per half-hour.
   */
  public static java.util.List<SolarAngle> overDay(org.convergence.core.time.MarketDay day,
      org.convergence.core.site.GeoLocation location,
      java.util.Optional<org.convergence.core.weather.WeatherForecast> weather) {
    java.util.List<SolarAngle> out = new java.util.ArrayList<>();
    java.util.List<org.convergence.core.time.Interval> halves = day.halfHours();
    for (int i = 0; i < halves.size(); i++) {
      double p = Double.NaN;
      double t = Double.NaN;
      if (weather.isPresent() && weather.get().samples().size() == halves.size()) {
        p = weather.get().samples().get(i).pressureHpa();
        t = weather.get().samples().get(i).airTemperatureC();
      }
      Instant mid = halves.get(i).midpoint();
      org.convergence.core.solar.SunPosition sun = org.convergence.core.solar.SolarPositions.at(mid, location, p, t);
      out.add(new SolarAngle(mid, sun.zenithDeg(), sun.azimuthDeg()));
    }
    return out;
  }
}
