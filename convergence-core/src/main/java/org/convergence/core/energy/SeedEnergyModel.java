package org.convergence.core.energy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.demand.WorkingCalendar;
import org.convergence.core.site.DemandSpec;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.site.HeatingSpec;
import org.convergence.core.solar.Atmosphere;
import org.convergence.core.solar.ClearSky;
import org.convergence.core.solar.Erbs;
import org.convergence.core.solar.Irradiance;
import org.convergence.core.solar.SolarPositions;
import org.convergence.core.solar.SunPosition;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Baseline: the seed project's formulas with its original settings values (AIMLAC-Convergence/Convergence,
 * {@code energy_production.py}, {@code Energy_use.py}, {@code settings.yaml}), kept to measure progress against.
 *
 * <ul>
 *   <li>wind: the forecast's speed used as is (no hub-height extrapolation), the seed's curve read in
 *       ln(1 + P) space, zero unless 3.5 &lt; v &lt; 25 m/s, 2 turbines (its settings' Count);
 *   <li>solar: {@code GTI = DHI cos(tilt) + DNI cos(z - tilt) cos(A - 180)} when 90 &lt; A &lt; 270 and z &lt; 90,
 *       sun at the interval's start; 1400 panels x 1.712976 m2 x 0.196, each capped at 335 W. The seed took GHI,
 *       DNI and DHI from pvlib's GFS processing ({@code clearsky_scaling}: GHI = clear sky x (0.35 + 0.65 (1 -
 *       cloud))); here the same scaling on Ineichen's clear sky (Linke turbidity 3) with Erbs for DNI/DHI;
 *   <li>demand per half-hour, kWh: 100 + at_work x (5 + 10 + clip(90 - 6 T, 0, 120)), at_work on Welsh working
 *       days 09:00-17:30 UTC inclusive, 21-31 December off.
 * </ul>
 */
public final class SeedEnergyModel {
  private static final double[] CURVE_X = {0, 1, 2, 3, 3.5, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18};
  private static final double[] CURVE_W = {0, 0, 0, 0, 0, 1.8e3, 7.7e3, 15.1e3, 24.8e3, 34.1e3, 43.9e3, 50.3e3,
      54.8e3, 58.9e3, 63.5e3, 65.6e3, 66.8e3, 66.8e3, 67.2e3, 66.4e3};
  private static final double CUT_IN = 3.5;
  private static final double CUT_OFF = 25;
  private static final double TURBINES = 2;
  private static final double PANELS = 1400;
  private static final double PANEL_AREA_M2 = 1.712976;
  private static final double EFFICIENCY = 0.196;
  private static final double PANEL_CAP_W = 335;
  private static final double TILT_DEG = 45;
  private static final double DIRECTION_DEG = 180;

  private final GeoLocation site;
  private final WorkingCalendar welsh;

  public SeedEnergyModel(GeoLocation site) {
    this.site = site;
    this.welsh = new WorkingCalendar(new DemandSpec(200, 0, 10, 20, LocalTime.of(9, 0), LocalTime.of(17, 30),
        ZoneOffset.UTC, "GB-WLS", true, new HeatingSpec(0, 20, 20, 0, 0, 1)));
  }

  /** Mean powers per sample, kW; NaN where an input is missing. */
  public List<HalfHourEstimate> estimate(WeatherForecast weather) {
    List<HalfHourEstimate> out = new ArrayList<>();
    for (WeatherSample s : weather.samples()) {
      double hours = s.interval().hours();
      double windKw = Double.isNaN(s.windSpeedMps()) ? Double.NaN : windW(s.windSpeedMps()) / 1000;
      double solarKw = solarW(s) / 1000;
      double demandKw = Double.NaN;
      double heatingKw = Double.NaN;
      if (!Double.isNaN(s.airTemperatureC())) {
        boolean atWork = atWork(s.interval().start());
        heatingKw = atWork ? Math.min(Math.max(90 - 6 * s.airTemperatureC(), 0), 120) / hours : 0;
        demandKw = (100 + (atWork ? 15 : 0)) / hours + heatingKw;
      }
      out.add(new HalfHourEstimate(s.interval(), windKw, solarKw, demandKw, heatingKw, s.interpolated()));
    }
    return out;
  }

  /** The seed's windEnergy as power, W. */
  static double windW(double v) {
    if (!(v > CUT_IN && v < CUT_OFF)) {
      return 0;
    }
    int n = CURVE_X.length;
    double y;
    if (v >= CURVE_X[n - 1]) {
      y = CURVE_W[n - 1];
    } else {
      int i = 1;
      while (CURVE_X[i] < v) {
        i++;
      }
      double f = (v - CURVE_X[i - 1]) / (CURVE_X[i] - CURVE_X[i - 1]);
      double a = Math.log(CURVE_W[i - 1] + 1);
      double b = Math.log(CURVE_W[i] + 1);
      y = Math.exp(a + f * (b - a)) - 1;
    }
    return y * TURBINES;
  }

  private double solarW(WeatherSample s) {
    Instant t = s.interval().start();
    SunPosition sun = SolarPositions.at(t, site, s.pressureHpa(), 12);
    if (!sun.isUp()) {
      return 0;
    }
    Irradiance h;
    double extra = Atmosphere.extraterrestrialWm2(t.atZone(ZoneOffset.UTC).getDayOfYear());
    if (s.hasIrradiance() && !Double.isNaN(s.dniWm2()) && !Double.isNaN(s.dhiWm2())) {
      h = new Irradiance(s.ghiWm2(), s.dniWm2(), Math.min(s.dhiWm2(), s.ghiWm2()));
    } else {
      if (Double.isNaN(s.cloudCoverPct())) {
        return Double.NaN;
      }
      double am = Atmosphere.absoluteAirmass(Atmosphere.relativeAirmass(sun.zenithDeg()),
          Atmosphere.pressureHpaAt(site.elevationM()));
      double clear = ClearSky.ineichen(sun.zenithDeg(), am, 3, site.elevationM(), extra).ghiWm2();
      double ghi = clear * (0.35 + 0.65 * (1 - s.cloudCoverPct() / 100));
      h = Erbs.decompose(ghi, sun.zenithDeg(), extra);
    }
    double z = sun.zenithDeg();
    double a = sun.azimuthDeg();
    double gti = h.dhiWm2() * Math.cos(Math.toRadians(TILT_DEG))
        + (a > 90 && a < 270 ? h.dniWm2() * Math.cos(Math.toRadians(z - TILT_DEG))
            * Math.cos(Math.toRadians(a - DIRECTION_DEG)) : 0);
    double perPanel = Math.min(gti * PANEL_AREA_M2 * EFFICIENCY, PANEL_CAP_W);
    return Math.max(perPanel, 0) * PANELS;
  }

  private boolean atWork(Instant t) {
    LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
    LocalTime time = t.atZone(ZoneOffset.UTC).toLocalTime();
    DayOfWeek dow = d.getDayOfWeek();
    boolean hours = !time.isBefore(LocalTime.of(9, 0)) && !time.isAfter(LocalTime.of(17, 30));
    return welsh.isWorkingDay(d) && dow.getValue() <= 5 && hours;
  }
}
