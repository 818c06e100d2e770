package org.convergence.core.solar;

import java.time.Instant;
import java.time.ZoneOffset;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.site.SolarArraySpec;
import org.convergence.core.time.Interval;

/**
 * AC power of the array, one step per physical effect: sun position (SPA) -> clear sky (Ineichen) -> GHI (from
 * the source, or clear sky dimmed by cloud cover) -> DNI/DHI (Erbs) -> horizon shading (the beam is removed while
 * the sun is behind the skyline, {@link HorizonProfile}) -> plane of array (Hay-Davies) -> cell
 * temperature (Faiman) -> DC with the temperature coefficient and the panels' cap -> system losses -> inverter cap.
 * Energy over an interval is the mean of {@link #SUBSTEPS} instants spread across it, not a sample at its start.
 */
public final class PvArrayModel {
  /** Instants per interval the power is averaged over. */
  public static final int SUBSTEPS = 6;

  private final GeoLocation site;
  private final SolarArraySpec array;
  private final CloudModel clouds;
  private final HorizonProfile horizon;

  public PvArrayModel(GeoLocation site, SolarArraySpec array) {
    this.site = site;
    this.array = array;
    this.clouds = array.cloudModel();
    this.horizon = array.horizon();
  }

  /** Weather over an interval as the PV model needs it; NaN = not given (irradiance or cloud, not both). */
  public record Inputs(double ghiWm2, double dniWm2, double dhiWm2, double cloudCoverPct, double airTemperatureC,
      double windSpeedMps, double pressureHpa) {}

  /**
   * Mean power over the interval and what limited it.
   *
   * @param acKw mean AC power, kW
   * @param temperatureLossKw mean power lost because cells were above 25 C, kW
   * @param clippedKw mean power lost to the panels' and the inverter's caps, kW
   */
  public record Result(double acKw, double temperatureLossKw, double clippedKw) {}

  /** Clear-sky irradiance (GHI, DNI, DHI, W/m2) at an instant: Ineichen with the array's Linke turbidity. */
  public Irradiance clearSky(Instant t, SunPosition sun, double pressureHpa) {
    double p = Double.isNaN(pressureHpa) ? Atmosphere.pressureHpaAt(site.elevationM()) : pressureHpa;
    double am = Atmosphere.absoluteAirmass(Atmosphere.relativeAirmass(sun.zenithDeg()), p);
    return ClearSky.ineichen(sun.zenithDeg(), am, array.linkeTurbidity(), site.elevationM(), extra(t));
  }

  public Result power(Interval interval, Inputs in) {
    boolean givenGhi = !Double.isNaN(in.ghiWm2());
    if (!givenGhi && Double.isNaN(in.cloudCoverPct())) {
      throw new IllegalArgumentException(interval + ": neither irradiance nor cloud cover given");
    }
    if (Double.isNaN(in.airTemperatureC())) {
      throw new IllegalArgumentException(interval + ": air temperature missing");
    }
    SunPosition[] suns = new SunPosition[SUBSTEPS];
    Irradiance[] clear = new Irradiance[SUBSTEPS];
    Instant[] times = new Instant[SUBSTEPS];
    double meanClearGhi = 0;
    long stepMillis = interval.length().toMillis() / SUBSTEPS;
    for (int k = 0; k < SUBSTEPS; k++) {
      times[k] = interval.start().plusMillis(stepMillis * k + stepMillis / 2);
      suns[k] = SolarPositions.at(times[k], site, in.pressureHpa(), in.airTemperatureC());
      clear[k] = clearSky(times[k], suns[k], in.pressureHpa());
      meanClearGhi += clear[k].ghiWm2() / SUBSTEPS;
    }
    double index;
    if (givenGhi) {
      index = meanClearGhi > 1 ? in.ghiWm2() / meanClearGhi : 0;
    } else {
      index = clouds.clearSkyIndex(in.cloudCoverPct());
    }
    boolean givenComponents = givenGhi && !Double.isNaN(in.dniWm2()) && !Double.isNaN(in.dhiWm2());
    double ac = 0;
    double tempLoss = 0;
    double clipped = 0;
    double wind = Double.isNaN(in.windSpeedMps()) ? 1 : in.windSpeedMps();
    for (int k = 0; k < SUBSTEPS; k++) {
      SunPosition sun = suns[k];
      if (!sun.isUp()) {
        continue;
      }
      double dniExtra = extra(times[k]);
      Irradiance horizontal;
      if (givenComponents) {
        double ghi = in.dhiWm2() + in.dniWm2() * sun.cosZenith();
        horizontal = new Irradiance(ghi, in.dniWm2(), Math.min(in.dhiWm2(), ghi));
      } else {
        double ghi = Math.max(index * clear[k].ghiWm2(), 0);
        horizontal = Erbs.decompose(ghi, sun.zenithDeg(), dniExtra);
      }
      horizontal = horizon.shade(horizontal, sun);
      PlaneOfArray poa = PlaneOfArray.transpose(PlaneOfArray.SkyModel.HAY_DAVIES, array.tiltDeg(),
          array.azimuthDeg(), sun, horizontal, dniExtra, array.albedo());
      double g = poa.globalWm2();
      double cell = CellTemperature.faimanC(g, in.airTemperatureC(), wind);
      double ideal = g * array.areaM2() * array.efficiency() / 1000;
      double dc = Math.max(ideal * (1 + array.temperatureCoefficientPerC() * (cell - 25)), 0);
      double capped = Math.min(dc, array.dcCapKw());
      double out = Math.min(capped * (1 - array.systemLosses()), array.inverterCapKw());
      ac += out / SUBSTEPS;
      tempLoss += Math.max(ideal - dc, 0) * (1 - array.systemLosses()) / SUBSTEPS;
      clipped += (dc * (1 - array.systemLosses()) - out) / SUBSTEPS;
    }
    return new Result(ac, tempLoss, Math.max(clipped, 0));
  }

  private static double extra(Instant t) {
    return Atmosphere.extraterrestrialWm2(t.atZone(ZoneOffset.UTC).getDayOfYear());
  }
}
