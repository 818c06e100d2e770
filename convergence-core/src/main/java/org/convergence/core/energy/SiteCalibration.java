package org.convergence.core.energy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.convergence.core.site.DemandSpec;
import org.convergence.core.site.HeatingSpec;
import org.convergence.core.site.PowerCurve;
import org.convergence.core.site.SiteSpec;
import org.convergence.core.site.SolarArraySpec;
import org.convergence.core.site.WindFarmSpec;
import org.convergence.core.solar.HorizonProfile;
import org.convergence.core.time.Interval;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Fits the site's free parameters to its readings: for each component (wind, solar, heating) a coordinate descent
 * over fixed grids, each parameter in turn set to the grid value that minimises that component's error per
 * half-hour, two passes. Deterministic: the same forecast and readings give the same values. Wind and solar
 * minimise the mean absolute error. Heating minimises the squared error: the heater is either off or at 120 kW,
 * so the absolute error is smallest when the model predicts "off" (the median) and understates the office's
 * energy; least squares fits the mean duty, which is what the building's loss and capacity physically mean.
 *
 * <ul>
 *   <li>wind: {@code speed_factor}, {@code speed_uncertainty} and a scale of the power curve's powers;
 *   <li>solar: first the skyline {@code horizon_deg} from clear-day residuals by sun azimuth ({@link
 *       HorizonCalibration}), then {@code system_losses}, {@code cloud_attenuation}, {@code cloud_exponent} on every
 *       half-hour with that skyline;
 *   <li>heating: {@code loss_kw_per_c}, {@code base_loss_kw}, {@code capacity_kwh_per_c} (the set-points, the
 *       heater's 120 kW and the working hours are read off the readings directly, see the README).
 * </ul>
 *
 * <p>Only readings inside the calibration period are used (the constructor drops the others), so a calibration on
 * earlier days can be scored on later ones without look-ahead.
 */
public final class SiteCalibration {
  /** One parameter's fitted value and the component's MAE and RMSE with the fitted values. */
  public record Step(String component, String parameter, double value, double maeKw, double rmseKw) {}

  public record Result(SiteSpec site, List<Step> steps) {}

  private final WeatherForecast weather;
  private final Map<Instant, SiteReading> actual;

  /**
   * @param weather the recorded forecasts, one contiguous 30-minute forecast
   * @param actualHalfHours readings averaged per half-hour, keyed by the half-hour's start
   * @param period the calibration period: readings of half-hours starting outside it are not used
   */
  public SiteCalibration(WeatherForecast weather, Map<Instant, SiteReading> actualHalfHours, Interval period) {
    this.weather = weather;
    Map<Instant, SiteReading> inside = new HashMap<>();
    actualHalfHours.forEach((t, r) -> {
      if (period.contains(t)) {
        inside.put(t, r);
      }
    });
    this.actual = Map.copyOf(inside);
  }

  /** The readings the calibration uses: those of half-hours starting inside its period. */
  public Map<Instant, SiteReading> readingsUsed() {
    return actual;
  }

  private enum Loss { ABSOLUTE, SQUARED }

  private record Parameter(String name, double[] grid, BiFunction<SiteSpec, Double, SiteSpec> set) {}

  public Result calibrate(SiteSpec start) {
    List<Step> steps = new ArrayList<>();
    PowerCurve curve = start.wind().powerCurve();
    SiteSpec site = start;
    site = descend(site, "wind", Loss.ABSOLUTE, HalfHourEstimate::windKw, SiteReading::windKw, steps, List.of(
        new Parameter("speed_factor", grid(0.8, 2.4, 0.05), (s, v) -> withWind(s, s.wind(), v, null, null, curve)),
        new Parameter("speed_uncertainty", grid(0, 0.6, 0.05), (s, v) -> withWind(s, s.wind(), null, v, null, curve)),
        new Parameter("power_scale", grid(0.6, 1.2, 0.02), (s, v) -> withWind(s, s.wind(), null, null, v, curve))));
    site = fitHorizon(site, steps);
    site = descend(site, "solar", Loss.ABSOLUTE, HalfHourEstimate::solarKw, SiteReading::solarKw, steps, List.of(
        new Parameter("system_losses", grid(0, 0.5, 0.025), (s, v) -> withSolar(s, v, null, null)),
        new Parameter("cloud_attenuation", grid(0.5, 0.95, 0.025), (s, v) -> withSolar(s, null, v, null)),
        new Parameter("cloud_exponent", grid(0.3, 3.0, 0.1), (s, v) -> withSolar(s, null, null, v))));
    site = descend(site, "demand", Loss.SQUARED, HalfHourEstimate::demandKw, SiteReading::demandKw, steps, List.of(
        new Parameter("loss_kw_per_c", grid(0.5, 6, 0.25), (s, v) -> withHeating(s, v, null, null)),
        new Parameter("base_loss_kw", grid(0, 30, 2.5), (s, v) -> withHeating(s, null, v, null)),
        new Parameter("capacity_kwh_per_c", grid(3, 30, 1), (s, v) -> withHeating(s, null, null, v))));
    return new Result(site, steps);
  }

  private SiteSpec fitHorizon(SiteSpec site, List<Step> steps) {
    List<HorizonCalibration.Sample> samples = new ArrayList<>();
    for (WeatherSample w : weather.samples()) {
      SiteReading r = actual.get(w.interval().start());
      if (r != null && !Double.isNaN(r.solarKw()) && !Double.isNaN(w.airTemperatureC())) {
        samples.add(new HorizonCalibration.Sample(w.interval(), w.airTemperatureC(), w.windSpeedMps(),
            w.pressureHpa(), r.solarKw()));
      }
    }
    HorizonCalibration.Result h = new HorizonCalibration(site.location()).calibrate(site.solar(), samples);
    SiteSpec out = withSolar(site, h.horizon());
    steps.add(new Step("solar", "clear_days", h.clearDays().size(), h.maeKw(), Double.NaN));
    steps.add(new Step("solar", "clear_day_losses", h.clearDayLosses(), h.maeKw(), Double.NaN));
    for (int i = 0; i < h.horizon().size(); i++) {
      steps.add(new Step("solar", String.format(java.util.Locale.ROOT, "horizon_deg[%03.0f]",
          h.horizon().azimuthDegOf(i)), h.horizon().elevationDeg().get(i), h.maeKw(), Double.NaN));
    }
    return out;
  }

  /** Mean absolute error of one component over the half-hours with readings, kW. */
  public double mae(SiteSpec site, ToDoubleFunction<HalfHourEstimate> estimate,
      ToDoubleFunction<SiteReading> truth) {
    return error(site, Loss.ABSOLUTE, estimate, truth);
  }

  /** Root mean square error of one component over the half-hours with readings, kW. */
  public double rmse(SiteSpec site, ToDoubleFunction<HalfHourEstimate> estimate,
      ToDoubleFunction<SiteReading> truth) {
    return error(site, Loss.SQUARED, estimate, truth);
  }

  private double error(SiteSpec site, Loss loss, ToDoubleFunction<HalfHourEstimate> estimate,
      ToDoubleFunction<SiteReading> truth) {
    double sum = 0;
    int n = 0;
    for (HalfHourEstimate e : new SiteEnergyModel(site).estimate(weather)) {
      SiteReading r = actual.get(e.interval().start());
      if (r == null) {
        continue;
      }
      double err = estimate.applyAsDouble(e) - truth.applyAsDouble(r);
      if (!Double.isNaN(err)) {
        sum += loss == Loss.ABSOLUTE ? Math.abs(err) : err * err;
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no half-hour has both a reading and an estimate: nothing to calibrate on");
    }
    return loss == Loss.ABSOLUTE ? sum / n : Math.sqrt(sum / n);
  }

  private SiteSpec descend(SiteSpec site, String component, Loss loss, ToDoubleFunction<HalfHourEstimate> estimate,
      ToDoubleFunction<SiteReading> truth, List<Step> steps, List<Parameter> parameters) {
    double[] chosen = new double[parameters.size()];
    double best;
    for (int pass = 0; pass < 2; pass++) {
      for (int p = 0; p < parameters.size(); p++) {
        Parameter param = parameters.get(p);
        best = Double.POSITIVE_INFINITY;
        SiteSpec bestSite = site;
        for (double v : param.grid()) {
          SiteSpec candidate = param.set().apply(site, v);
          double m = error(candidate, loss, estimate, truth);
          if (m < best - 1e-9) {
            best = m;
            bestSite = candidate;
            chosen[p] = v;
          }
        }
        site = bestSite;
      }
    }
    double mae = mae(site, estimate, truth);
    double rmse = rmse(site, estimate, truth);
    for (int p = 0; p < parameters.size(); p++) {
      steps.add(new Step(component, parameters.get(p).name(), chosen[p], mae, rmse));
    }
    return site;
  }

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.round((from + i * step) * 1e6) / 1e6;
    }
    return g;
  }

  private static SiteSpec withWind(SiteSpec s, WindFarmSpec w, Double speedFactor, Double uncertainty,
      Double powerScale, PowerCurve base) {
    PowerCurve curve = w.powerCurve();
    if (powerScale != null) {
      curve = new PowerCurve(base.windSpeedMps(), base.powerKw().stream().map(p -> p * powerScale).toList());
    }
    WindFarmSpec nw = new WindFarmSpec(w.turbines(), w.hubHeightM(), curve, w.cutInMps(), w.cutOutMps(),
        w.availability(), w.profile(), w.roughnessLengthM(), w.interpolation(),
        speedFactor == null ? w.speedFactor() : speedFactor, uncertainty == null ? w.speedUncertainty() : uncertainty);
    return new SiteSpec(s.name(), s.location(), s.grid(), nw, s.solar(), s.demand(), s.correction());
  }

  private static SiteSpec withSolar(SiteSpec s, Double losses, Double attenuation, Double exponent) {
    SolarArraySpec a = s.solar();
    SolarArraySpec na = new SolarArraySpec(a.panels(), a.panelAreaM2(), a.efficiency(), a.tiltDeg(), a.azimuthDeg(),
        a.panelCapW(), a.temperatureCoefficientPerC(), losses == null ? a.systemLosses() : losses,
        a.inverterCapKw(), a.linkeTurbidity(), a.albedo(), attenuation == null ? a.cloudAttenuation() : attenuation,
        exponent == null ? a.cloudExponent() : exponent, a.horizonDeg());
    return new SiteSpec(s.name(), s.location(), s.grid(), s.wind(), na, s.demand(), s.correction());
  }

  private static SiteSpec withSolar(SiteSpec s, HorizonProfile horizon) {
    SolarArraySpec na = HorizonCalibration.with(s.solar(), s.solar().systemLosses(), horizon);
    return new SiteSpec(s.name(), s.location(), s.grid(), s.wind(), na, s.demand(), s.correction());
  }

  private static SiteSpec withHeating(SiteSpec s, Double lossPerC, Double baseLoss, Double capacity) {
    DemandSpec d = s.demand();
    HeatingSpec h = d.heating();
    HeatingSpec nh = new HeatingSpec(h.heaterKw(), h.occupiedSetpointC(), h.unoccupiedSetpointC(),
        lossPerC == null ? h.lossKwPerC() : lossPerC, baseLoss == null ? h.baseLossKw() : baseLoss,
        capacity == null ? h.capacityKWhPerC() : capacity);
    DemandSpec nd = new DemandSpec(d.computingCentreKw(), d.officeBaseKw(), d.officeEquipmentKw(),
        d.officeLightingKw(), d.opens(), d.closes(), d.clock(), d.holidayRegion(), d.observesBankHolidays(), nh);
    return new SiteSpec(s.name(), s.location(), s.grid(), s.wind(), s.solar(), nd, s.correction());
  }
}
