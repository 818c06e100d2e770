package org.convergence.core.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.ResidualCorrection;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
import org.convergence.core.wind.WindFarmModel;

/**
 * The site physics with its {@link ResidualCorrection} applied as the daily run can know it. For market day D the
 * as-of time is D's planning time (D-1 at {@code schedule.run_at}) or the clock's instant if earlier; the residuals
 * are those of the physics forecasts of the days before D (each recomputed from {@code pastWeather} as it stood at
 * that day's planning time; cached, and only for days with a reading) against the half-hour means of the readings
 * taken by the as-of time. A day the weather source cannot serve adds no residuals; with none, the physics is
 * returned as it is. The wind speed part of the rule works through {@code wind}, the farm's model the physics uses.
 */
public final class CorrectedEnergyModel implements EnergyModel {
  private final EnergyModel physics;
  private final WeatherSource pastWeather;
  private final SiteReadings readings;
  private final PlanningTime planning;
  private final Clock clock;
  private final ResidualCorrection rule;
  private final WindFarmModel wind;
  private final Map<MarketDay, Optional<EnergyForecast>> past = new ConcurrentHashMap<>();

  /**
   * @param wind the farm's model inside {@code physics}; may be null only when the rule does not correct the wind
   *     speed
   */
  public CorrectedEnergyModel(EnergyModel physics, ResidualCorrection rule, WindFarmModel wind,
      WeatherSource pastWeather, SiteReadings readings, PlanningTime planning, Clock clock) {
    this.physics = Objects.requireNonNull(physics, "physics");
    this.rule = Objects.requireNonNull(rule, "rule");
    if (rule.correctsWindSpeed() && wind == null) {
      throw new IllegalArgumentException("site.correction corrects the wind speed: the farm's model is needed");
    }
    this.wind = wind;
    this.pastWeather = Objects.requireNonNull(pastWeather, "pastWeather");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.planning = Objects.requireNonNull(planning, "planning");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public EnergyForecast forecast(MarketDay day, WeatherForecast weather) {
    EnergyForecast base = physics.forecast(day, weather);
    if (rule.isOff()) {
      return base;
    }
    return offsets(day).apply(base);
  }

  /** The offsets for market day {@code day}, learnt from what was metered by its as-of time. */
  public ResidualCorrection.Offsets offsets(MarketDay day) {
    Instant asOf = asOf(day);
    return rule.learn(residuals(day, asOf), asOf, wind);
  }

  /** D's planning time, or the clock's instant if that is earlier. */
  public Instant asOf(MarketDay day) {
    Instant planned = planning.on(day);
    Instant now = clock.instant();
    return now.isBefore(planned) ? now : planned;
  }

  /** Residuals of the days before {@code day} within the rule's window, readings as known at {@code asOf}. */
  List<ResidualCorrection.Residual> residuals(MarketDay day, Instant asOf) {
    SiteReadings known = CausalViews.readings(readings, asOf);
    List<ResidualCorrection.Residual> out = new ArrayList<>();
    for (int k = 1; k <= rule.windowDays() + 1; k++) {
      MarketDay d = day.minusDays(k);
      if (!d.deliveryStart().isBefore(asOf) || known.between(d.deliveryStart(), d.deliveryEnd()).isEmpty()) {
        continue; // nothing metered that day by the as-of time: its past forecast is not even asked for
      }
      Optional<EnergyForecast> f = past.computeIfAbsent(d, this::physicsAsPlanned);
      if (f.isEmpty()) {
        continue;
      }
      for (EnergyInterval e : f.get().halfHours()) {
        List<SiteReading> rs = known.between(e.interval().start(), e.interval().end());
        if (rs.isEmpty()) {
          continue;
        }
        double h = e.interval().hours();
        out.add(new ResidualCorrection.Residual(e.interval(), e.windKWh() / h, e.solarKWh() / h,
            e.demandKWh() / h, mean(rs, 0), mean(rs, 1), mean(rs, 2)));
      }
    }
    return out;
  }

  private Optional<EnergyForecast> physicsAsPlanned(MarketDay d) {
    try {
      return Optional.of(physics.forecast(d, pastWeather.forecast(d, planning.on(d))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Mean of wind (0), solar (1) or demand (2) over the readings that have it; NaN if none. */
  private static double mean(List<SiteReading> rs, int component) {
    double sum = 0;
    int n = 0;
    for (SiteReading r : rs) {
      double v = switch (component) {
        case 0 -> r.windKw();
        case 1 -> r.solarKw();
        default -> r.demandKw();
      };
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
