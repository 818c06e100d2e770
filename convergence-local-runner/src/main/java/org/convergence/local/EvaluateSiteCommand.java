package org.convergence.local;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.aimlacsite.SiteWeather;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.core.energy.HalfHourEstimate;
import org.convergence.core.energy.ResidualCorrection;
import org.convergence.core.energy.SeedEnergyModel;
import org.convergence.core.energy.SiteCalibration;
import org.convergence.core.energy.SiteEnergyModel;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.wind.WindFarmModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./convergence evaluate site}: runs the site models on recorded Met Office forecasts and scores them per
 * half-hour against the recorded readings, beside the seed's formulas and persistence (same half-hour a day
 * earlier). Every model is scored on the same half-hours: those with a reading, estimates from every model and a
 * reading one day earlier.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
    description = "Score the site's wind, solar and demand models on recorded forecasts and readings.")
public final class EvaluateSiteCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with metoffice_spot.csv and energy_onsite.csv (default: the bundled copy).")
  Path data;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First market day (default 2022-02-16).")
  LocalDate from = LocalDate.of(2022, 2, 16);

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last market day (default 2022-04-30).")
  LocalDate to = LocalDate.of(2022, 4, 30);

  @Option(names = "--json", description = "Print one JSON array instead of a table.")
  boolean json;

  @Option(names = "--calibrate",
      description = "Fit the site's free parameters on the readings (see SiteCalibration) and print them.")
  boolean calibrate;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Also write every scored half-hour (readings and each model's estimates, kW) to FILE.")
  Path csv;

  /** One row of the report. */
  public record Score(String component, String model, double maeKw, double rmseKw, double biasKw, int n) {}

  private static final List<String> COMPONENTS = List.of("wind", "solar", "demand", "net");

  @Override
  public Integer call() {
    UsageErrors.checkRange(spec.commandLine(), "--from", from, "--to", to);
    ConvergenceSettings s = settings.load();
    MetOfficeSpotReplay replay;
    List<SiteReading> readings;
    if (data == null) {
      replay = MetOfficeSpotReplay.bundled();
      readings = EnergyOnsiteReader.bundled();
    } else {
      Path spot = data.resolve("metoffice_spot.csv");
      Path onsite = data.resolve(EnergyOnsiteReader.FILE_NAME);
      for (Path p : List.of(spot, onsite)) {
        if (!Files.isRegularFile(p)) {
          throw new UserFacingException(p + ": file not found (--data needs metoffice_spot.csv and "
              + EnergyOnsiteReader.FILE_NAME + ")");
        }
      }
      replay = MetOfficeSpotReplay.load(spot);
      readings = EnergyOnsiteReader.load(onsite);
    }
    if (calibrate) {
      WeatherForecast weather = SiteWeather.between(replay, s.site().location().elevationM(),
          MarketDay.of(from).minusDays(1), MarketDay.of(to));
      org.convergence.core.time.Interval period = new org.convergence.core.time.Interval(
          MarketDay.of(from).deliveryStart(), MarketDay.of(to).deliveryEnd());
      SiteCalibration.Result r = new SiteCalibration(weather, halfHourMeans(readings), period).calibrate(s.site());
      System.out.printf("Calibrated on market days %s..%s (errors per half-hour after each component's fit):%n",
          from, to);
      for (SiteCalibration.Step step : r.steps()) {
        if (step.parameter().startsWith("horizon_deg[")) {
          continue; // printed as one list below
        }
        if (step.parameter().startsWith("clear_day")) {
          System.out.printf(Locale.ROOT, "  %-7s %-20s %8.3f   (clear days, cloud-free model with the horizon: MAE"
              + " %.1f kW)%n", step.component(), step.parameter(), step.value(), step.maeKw());
          continue;
        }
        System.out.printf(Locale.ROOT, "  %-7s %-20s %8.3f   (%s MAE %.1f kW, RMSE %.1f kW)%n", step.component(),
            step.parameter(), step.value(), step.component(), step.maeKw(), step.rmseKw());
      }
      System.out.println("  wind power_kw: " + r.site().wind().powerCurve().powerKw().stream()
          .map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
      System.out.println("  solar horizon_deg: " + r.site().solar().horizonDeg().stream()
          .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
      return 0;
    }
    List<Score> scores = evaluate(s, replay, readings, MarketDay.of(from), MarketDay.of(to));
    if (scores.stream().allMatch(score -> score.n() == 0)) {
      spec.commandLine().getErr().printf("nothing scored: no half-hour of market days %s..%s has a forecast, a"
          + " reading and a reading one day earlier (the recorded forecasts cover market days %s..%s)%n", from, to,
          replay.coveredDays().isEmpty() ? "no day" : replay.coveredDays().get(0),
          replay.coveredDays().isEmpty() ? "no day" : replay.coveredDays().get(replay.coveredDays().size() - 1));
      spec.commandLine().getErr().flush();
      return ExitCode.NOTHING_DONE.code();
    }
    print(scores);
    if (csv != null) {
      writeCsv(s, replay, readings, MarketDay.of(from), MarketDay.of(to), csv);
    }
    return 0;
  }

  /** Scores every model and component over market days {@code first..last}. */
  public static List<Score> evaluate(ConvergenceSettings s, MetOfficeSpotReplay replay, List<SiteReading> readings,
      MarketDay first, MarketDay last) {
    double elevation = s.site().location().elevationM();
    // one spin-up day so that the office's thermal state has settled when scoring starts
    WeatherForecast weather = SiteWeather.between(replay, elevation, first.minusDays(1), last);
    Map<String, List<HalfHourEstimate>> models = new java.util.LinkedHashMap<>();
    models.put("convergence", new SiteEnergyModel(s.site()).estimate(weather));
    models.put("seed", new SeedEnergyModel(s.site().location()).estimate(weather));
    Map<Instant, SiteReading> actual = halfHourMeans(readings);
    models.put("corrected", corrected(s, replay, actual, models.get("convergence"), first, last));
    Instant start = first.deliveryStart();
    Instant end = last.deliveryEnd();
    List<Score> out = new ArrayList<>();
    for (String component : COMPONENTS) {
      ToDoubleFunction<HalfHourEstimate> estimate = switch (component) {
        case "wind" -> HalfHourEstimate::windKw;
        case "solar" -> HalfHourEstimate::solarKw;
        case "demand" -> HalfHourEstimate::demandKw;
        default -> HalfHourEstimate::netKw;
      };
      ToDoubleFunction<SiteReading> truth = switch (component) {
        case "wind" -> SiteReading::windKw;
        case "solar" -> SiteReading::solarKw;
        case "demand" -> SiteReading::demandKw;
        default -> SiteReading::netKw;
      };
      Map<String, Stats> stats = new java.util.LinkedHashMap<>();
      for (String m : List.of("convergence", "corrected", "seed", "persistence")) {
        stats.put(m, new Stats());
      }
      List<HalfHourEstimate> ours = models.get("convergence");
      for (int i = 0; i < ours.size(); i++) {
        Instant t = ours.get(i).interval().start();
        if (t.isBefore(start) || !t.isBefore(end)) {
          continue;
        }
        SiteReading now = actual.get(t);
        SiteReading dayBefore = actual.get(t.minusSeconds(86_400));
        if (now == null || dayBefore == null) {
          continue;
        }
        double y = truth.applyAsDouble(now);
        double persistence = truth.applyAsDouble(dayBefore);
        double a = estimate.applyAsDouble(ours.get(i));
        double b = estimate.applyAsDouble(models.get("seed").get(i));
        double c = estimate.applyAsDouble(models.get("corrected").get(i));
        if (Double.isNaN(y) || Double.isNaN(persistence) || Double.isNaN(a) || Double.isNaN(b)) {
          continue;
        }
        stats.get("convergence").add(a - y);
        stats.get("corrected").add(c - y);
        stats.get("seed").add(b - y);
        stats.get("persistence").add(persistence - y);
      }
      stats.forEach((m, st) -> out.add(st.score(component, m)));
    }
    return out;
  }

  /**
   * The physics estimates {@code ours} with {@code site.correction} applied as the daily run applies it: each market
   * day's offsets learnt from the residuals of the half-hours metered by that day's run (D-1 at {@code
   * schedule.run_at}), the physics of those past half-hours from the same recorded forecasts (a stream starting the
   * correction's window before {@code first}). With the correction off, the physics itself.
   */
  static List<HalfHourEstimate> corrected(ConvergenceSettings s, MetOfficeSpotReplay replay,
      Map<Instant, SiteReading> actual, List<HalfHourEstimate> ours, MarketDay first, MarketDay last) {
    ResidualCorrection rule = s.site().correction();
    if (rule.isOff()) {
      return ours;
    }
    WeatherForecast history = SiteWeather.between(replay, s.site().location().elevationM(),
        first.minusDays(rule.windowDays() + 2), last);
    List<ResidualCorrection.Residual> residuals = new ArrayList<>();
    SiteEnergyModel physics = new SiteEnergyModel(s.site());
    for (HalfHourEstimate e : physics.estimate(history)) {
      SiteReading y = actual.get(e.interval().start());
      if (y != null) {
        residuals.add(new ResidualCorrection.Residual(e.interval(), e.windKw(), e.solarKw(), e.demandKw(),
            y.windKw(), y.solarKw(), y.demandKw()));
      }
    }
    PlanningTime planning = s.schedule().planning();
    WindFarmModel wind = physics.wind();
    Map<MarketDay, ResidualCorrection.Offsets> byDay = new HashMap<>();
    List<HalfHourEstimate> out = new ArrayList<>(ours.size());
    for (HalfHourEstimate e : ours) {
      MarketDay day = MarketDay.delivering(e.interval().start());
      ResidualCorrection.Offsets o = byDay.computeIfAbsent(day, d -> rule.learn(residuals, planning.on(d), wind));
      out.add(o.apply(e));
    }
    return out;
  }

  /** Every half-hour with a reading: time, readings and the two models' estimates, kW. */
  static void writeCsv(ConvergenceSettings s, MetOfficeSpotReplay replay, List<SiteReading> readings,
      MarketDay first, MarketDay last, Path file) {
    WeatherForecast weather = SiteWeather.between(replay, s.site().location().elevationM(), first.minusDays(1), last);
    List<HalfHourEstimate> ours = new SiteEnergyModel(s.site()).estimate(weather);
    List<HalfHourEstimate> seed = new SeedEnergyModel(s.site().location()).estimate(weather);
    Map<Instant, SiteReading> actual = halfHourMeans(readings);
    StringBuilder sb = new StringBuilder("start_utc,wind_kw,solar_kw,demand_kw,office_temperature_c,"
        + "convergence_wind_kw,convergence_solar_kw,convergence_demand_kw,convergence_heating_kw,"
        + "seed_wind_kw,seed_solar_kw,seed_demand_kw\n");
    for (int i = 0; i < ours.size(); i++) {
      HalfHourEstimate a = ours.get(i);
      HalfHourEstimate b = seed.get(i);
      SiteReading y = actual.get(a.interval().start());
      if (y == null || a.interval().start().isBefore(first.deliveryStart())) {
        continue;
      }
      sb.append(a.interval().start()).append(String.format(Locale.ROOT,
          ",%.3f,%.3f,%.3f,%.2f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f%n", y.windKw(), y.solarKw(), y.demandKw(),
          y.officeTemperatureC(), a.windKw(), a.solarKw(), a.demandKw(), a.heatingKw(), b.windKw(), b.solarKw(),
          b.demandKw()));
    }
    try {
      Files.writeString(file, sb.toString());
    } catch (java.io.IOException e) {
      throw new UserFacingException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Readings averaged per half-hour (the half-hour that contains each reading), keyed by the half-hour's start. */
  static Map<Instant, SiteReading> halfHourMeans(List<SiteReading> readings) {
    ListMultimap<Instant, SiteReading> by = Multimaps.index(readings, r -> halfHourStart(r.time()));
    Map<Instant, SiteReading> out = new HashMap<>();
    Multimaps.asMap(by).forEach((t, list) -> out.put(t, new SiteReading(t,
        mean(list, SiteReading::windKw), mean(list, SiteReading::solarKw), mean(list, SiteReading::officeKw),
        mean(list, SiteReading::computingCentreKw), mean(list, SiteReading::officeTemperatureC))));
    return out;
  }

  private static Instant halfHourStart(Instant t) {
    long s = t.getEpochSecond();
    return Instant.ofEpochSecond(s - Math.floorMod(s, 1800));
  }

  private static double mean(List<SiteReading> list, ToDoubleFunction<SiteReading> f) {
    return list.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private void print(List<Score> scores) {
    var out = System.out;
    if (json) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < scores.size(); i++) {
        Score r = scores.get(i);
        sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
            "{\"component\":\"%s\",\"model\":\"%s\",\"mae_kw\":%s,\"rmse_kw\":%s,\"bias_kw\":%s,\"n\":%d}",
            r.component(), r.model(), num(r.maeKw()), num(r.rmseKw()), num(r.biasKw()), r.n()));
      }
      out.println(sb.append(']'));
      return;
    }
    out.printf("Site models vs readings, market days %s..%s, per half-hour (kW)%n", from, to);
    out.printf("%-8s %-12s %9s %9s %9s %6s%n", "component", "model", "MAE", "RMSE", "bias", "n");
    for (Score r : scores) {
      out.printf(Locale.ROOT, "%-8s %-12s %9.1f %9.1f %9.1f %6d%n", r.component(), r.model(), r.maeKw(),
          r.rmseKw(), r.biasKw(), r.n());
    }
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "null";
  }

  private static final class Stats {
    double abs;
    double sq;
    double sum;
    int n;

    void add(double error) {
      abs += Math.abs(error);
      sq += error * error;
      sum += error;
      n++;
    }

    Score score(String component, String model) {
      return new Score(component, model, n == 0 ? Double.NaN : abs / n, n == 0 ? Double.NaN : Math.sqrt(sq / n),
          n == 0 ? Double.NaN : sum / n, n);
    }
  }
}
