package org.convergence.core.energy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.core.demand.OfficeThermalModel;
import org.convergence.core.demand.WorkingCalendar;
import org.convergence.core.site.SiteSpec;
import org.convergence.core.solar.PvArrayModel;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.convergence.core.wind.WindFarmModel;

/**
 * The site's physics: a weather forecast in, expected wind, solar and demand per half-hour out.
 *
 * <pre>{@code
 * SiteEnergyModel model = new SiteEnergyModel(settings.site());
 * EnergyForecast day = model.forecast(MarketDay.of(2022, 3, 15), weather);   // 48 half-hours + warnings
 * List<HalfHourEstimate> all = model.estimate(weather);                      // every sample, gaps as NaN
 * }</pre>
 *
 * <p>Short gaps in the weather (up to {@link #MAX_FILLED_GAP_SAMPLES} samples between known values) are filled by
 * linear interpolation and flagged; longer gaps give NaN components in {@link #estimate} and an error in
 * {@link #forecast}. The office's thermal state is simulated from the forecast's first sample, starting at the
 * set-point then in force, so give the forecast a few hours before the market day for a settled state.
 */
public final class SiteEnergyModel {
  /** Longest run of missing samples filled by interpolation (6 h of half-hours). */
  public static final int MAX_FILLED_GAP_SAMPLES = 12;
  /** Sub-steps per sample of the thermal simulation. */
  static final int THERMAL_SUBSTEPS = 6;

  private final SiteSpec site;
  private final PvArrayModel pv;
  private final WindFarmModel wind;
  private final WorkingCalendar calendar;

  public SiteEnergyModel(SiteSpec site) {
    this.site = Objects.requireNonNull(site, "site");
    this.pv = new PvArrayModel(site.location(), site.solar());
    this.wind = new WindFarmModel(site.wind());
    this.calendar = new WorkingCalendar(site.demand());
  }

  /**
   * The farm's model this physics reads the wind through: the one a residual correction's wind speed part must
   * invert and rescale ({@code CorrectedEnergyModel}), so it is not built twice.
   */
  public WindFarmModel wind() {
    return wind;
  }

  public SiteSpec site() {
    return site;
  }

  /**
   * The 48 half-hours of {@code day}. The forecast must cover the day's delivery period on a 30-minute grid.
   *
   * @throws IllegalArgumentException if the forecast does not cover the day, or a gap could not be filled
   */
  public EnergyForecast forecast(MarketDay day, WeatherForecast weather) {
    if (!weather.step().equals(MarketDay.HALF_HOUR)) {
      throw new IllegalArgumentException("weather forecast from " + weather.source() + " has a step of "
          + weather.step() + "; the energy model needs 30 minutes");
    }
    List<HalfHourEstimate> all = estimate(weather);
    Filled filled = fill(weather);
    List<EnergyInterval> halfHours = new ArrayList<>(48);
    List<String> warnings = new ArrayList<>();
    int gapFilled = 0;
    int sourceInterpolated = 0;
    int belowCutIn = 0;
    int aboveCutOut = 0;
    double tempLossKWh = 0;
    double clippedKWh = 0;
    for (Interval slot : day.halfHours()) {
      int i = indexOf(weather, slot.start());
      if (i < 0) {
        throw new IllegalArgumentException("weather forecast from " + weather.source() + " does not cover " + slot
            + " of market day " + day);
      }
      HalfHourEstimate e = all.get(i);
      if (!e.complete()) {
        throw new IllegalArgumentException("weather forecast from " + weather.source() + " has a gap at " + slot
            + " longer than " + MAX_FILLED_GAP_SAMPLES + " samples; cannot estimate market day " + day);
      }
      halfHours.add(e.toEnergy());
      WeatherSample s = weather.samples().get(i);
      gapFilled += filled.gapFilled[i] ? 1 : 0;
      sourceInterpolated += s.interpolated() ? 1 : 0;
      if (!Double.isNaN(s.windSpeedMps())) {
        double hub = wind.hubSpeedMps(s.windSpeedMps(), weather.windMeasurementHeightM());
        belowCutIn += hub < site.wind().cutInMps() ? 1 : 0;
        aboveCutOut += hub >= site.wind().cutOutMps() ? 1 : 0;
      }
      PvArrayModel.Result r = solar(weather, filled, i);
      if (r != null) {
        tempLossKWh += r.temperatureLossKw() * slot.hours();
        clippedKWh += r.clippedKw() * slot.hours();
      }
    }
    if (gapFilled > 0) {
      warnings.add(gapFilled + " half-hour(s) had missing weather, filled by interpolating across gaps in the "
          + weather.source() + " forecast");
    }
    if (sourceInterpolated > 0) {
      warnings.add(sourceInterpolated + " half-hour(s) of weather were interpolated by the " + weather.source()
          + " source between its own time steps");
    }
    if (belowCutIn > 0) {
      warnings.add("wind below cut-in (" + site.wind().cutInMps() + " m/s at hub) in " + belowCutIn
          + " half-hour(s)");
    }
    if (aboveCutOut > 0) {
      warnings.add("wind at or above cut-out (" + site.wind().cutOutMps() + " m/s at hub) in " + aboveCutOut
          + " half-hour(s): turbines shut down");
    }
    if (tempLossKWh > 0.5) {
      warnings.add(String.format("PV cut by panel temperature: %.1f kWh over the day", tempLossKWh));
    }
    if (clippedKWh > 0.5) {
      warnings.add(String.format("PV clipped by panel/inverter caps: %.1f kWh over the day", clippedKWh));
    }
    return new EnergyForecast(day, halfHours, warnings);
  }

  /** Estimates for every sample of the forecast, in order; components that a long gap prevents are NaN. */
  public List<HalfHourEstimate> estimate(WeatherForecast weather) {
    Filled f = fill(weather);
    List<WeatherSample> samples = weather.samples();
    List<HalfHourEstimate> out = new ArrayList<>(samples.size());
    OfficeThermalModel office = null;
    for (int i = 0; i < samples.size(); i++) {
      Interval slot = samples.get(i).interval();
      double windKw = Double.isNaN(f.wind[i]) ? Double.NaN
          : wind.farmKw(wind.hubSpeedMps(f.wind[i], weather.windMeasurementHeightM()));
      PvArrayModel.Result r = solar(weather, f, i);
      double solarKw = r == null ? Double.NaN : r.acKw();
      double heatingKw = Double.NaN;
      double demandKw = Double.NaN;
      if (!Double.isNaN(f.temperature[i])) {
        if (office == null) {
          office = new OfficeThermalModel(site.demand().heating(), setpoint(slot.start()));
        }
        heatingKw = 0;
        double occupiedFraction = 0;
        long stepMillis = slot.length().toMillis() / THERMAL_SUBSTEPS;
        double hours = slot.hours() / THERMAL_SUBSTEPS;
        for (int k = 0; k < THERMAL_SUBSTEPS; k++) {
          boolean occupied = calendar.isOccupied(slot.start().plusMillis(stepMillis * k + stepMillis / 2));
          occupiedFraction += occupied ? 1.0 / THERMAL_SUBSTEPS : 0;
          heatingKw += office.step(f.temperature[i], occupied, hours) / THERMAL_SUBSTEPS;
        }
        var d = site.demand();
        demandKw = d.computingCentreKw() + d.officeBaseKw()
            + occupiedFraction * (d.officeEquipmentKw() + d.officeLightingKw()) + heatingKw;
      } else {
        office = null; // thermal state is lost across a long gap; restarts at the set-point
      }
      out.add(new HalfHourEstimate(slot, windKw, solarKw, demandKw, heatingKw, f.interpolated[i]));
    }
    return out;
  }

  private double setpoint(Instant t) {
    var h = site.demand().heating();
    return calendar.isOccupied(t) ? h.occupiedSetpointC() : h.unoccupiedSetpointC();
  }

  private PvArrayModel.Result solar(WeatherForecast weather, Filled f, int i) {
    boolean hasSky = !Double.isNaN(f.ghi[i]) || !Double.isNaN(f.cloud[i]);
    if (!hasSky || Double.isNaN(f.temperature[i])) {
      return null;
    }
    WeatherSample s = weather.samples().get(i);
    return pv.power(s.interval(), new PvArrayModel.Inputs(f.ghi[i], f.dni[i], f.dhi[i], f.cloud[i],
        f.temperature[i], f.wind[i], s.pressureHpa()));
  }

  private static int indexOf(WeatherForecast weather, Instant start) {
    List<WeatherSample> s = weather.samples();
    if (s.isEmpty()) {
      return -1;
    }
    long step = weather.step().toMillis();
    long offset = start.toEpochMilli() - s.get(0).interval().start().toEpochMilli();
    if (offset < 0 || offset % step != 0 || offset / step >= s.size()) {
      return -1;
    }
    return (int) (offset / step);
  }

  /** The forecast's inputs as arrays, short gaps filled by linear interpolation. */
  private static final class Filled {
    double[] temperature;
    double[] wind;
    double[] ghi;
    double[] dni;
    double[] dhi;
    double[] cloud;
    boolean[] interpolated;
    boolean[] gapFilled;
  }

  private static Filled fill(WeatherForecast weather) {
    List<WeatherSample> s = weather.samples();
    int n = s.size();
    Filled f = new Filled();
    f.interpolated = new boolean[n];
    f.gapFilled = new boolean[n];
    f.temperature = fillGaps(s.stream().mapToDouble(WeatherSample::airTemperatureC).toArray(), f.gapFilled);
    f.wind = fillGaps(s.stream().mapToDouble(WeatherSample::windSpeedMps).toArray(), f.gapFilled);
    f.ghi = fillGaps(s.stream().mapToDouble(WeatherSample::ghiWm2).toArray(), f.gapFilled);
    f.dni = fillGaps(s.stream().mapToDouble(WeatherSample::dniWm2).toArray(), f.gapFilled);
    f.dhi = fillGaps(s.stream().mapToDouble(WeatherSample::dhiWm2).toArray(), f.gapFilled);
    f.cloud = fillGaps(s.stream().mapToDouble(WeatherSample::cloudCoverPct).toArray(), f.gapFilled);
    for (int i = 0; i < n; i++) {
      f.interpolated[i] = s.get(i).interpolated() || f.gapFilled[i];
    }
    return f;
  }

  /**
   * Fills runs of NaN of at most {@link #MAX_FILLED_GAP_SAMPLES} that have known values on both sides, marking
   * the filled positions; a series with no values at all stays NaN (the source does not give it).
   */
  static double[] fillGaps(double[] values, boolean[] filled) {
    double[] out = values.clone();
    int n = out.length;
    int i = 0;
    while (i < n) {
      if (!Double.isNaN(out[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Double.isNaN(out[j])) {
        j++;
      }
      if (i > 0 && j < n && j - i <= MAX_FILLED_GAP_SAMPLES) {
        double a = out[i - 1];
        double b = out[j];
        for (int k = i; k < j; k++) {
          out[k] = a + (b - a) * (k - i + 1) / (j - i + 1);
          filled[k] = true;
        }
      }
      i = j;
    }
    return out;
  }
}
