package org.convergence.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.MeteredNet;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.ForecastStore;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.WeatherSource;

/**
 * Estimates how wrong the site's net forecast tends to be: for each of the last {@code lookbackDays} market days
 * before {@code day}, the energy forecast made before that day's gate is compared with the metered net of each hour
 * that had ended, and was read, by {@code asOf}. The past forecasts are either recomputed from recorded weather
 * as it stood at each day's planning time (replays and backtests, exactly alike; cached, so a backtest computes
 * each once) or the ones the daily runs stored (live: stored forecasts against stored or imported readings).
 */
public final class ForecastErrors {
  public static final int DEFAULT_LOOKBACK_DAYS = 14;

  private final Function<MarketDay, Optional<EnergyForecast>> pastForecasts;
  private final SiteReadings readings;
  private final int lookbackDays;
  /** Day, as-of -> the 24 hourly metered nets settled by then (NaN where none). */
  private final BiFunction<MarketDay, Instant, List<Double>> settledNet;

  public ForecastErrors(Function<MarketDay, Optional<EnergyForecast>> pastForecasts, SiteReadings readings,
      int lookbackDays) {
    this(pastForecasts, readings, lookbackDays, (d, t) -> NO_HOURS);
  }

  private ForecastErrors(Function<MarketDay, Optional<EnergyForecast>> pastForecasts, SiteReadings readings,
      int lookbackDays, BiFunction<MarketDay, Instant, List<Double>> settledNet) {
    if (lookbackDays < 1) {
      throw new IllegalArgumentException("look-back must be >= 1 day, was " + lookbackDays);
    }
    this.pastForecasts = pastForecasts;
    this.readings = readings;
    this.lookbackDays = lookbackDays;
    this.settledNet = settledNet;
  }

  private static final List<Double> NO_HOURS = java.util.Collections.nCopies(HourId.LAST, Double.NaN);

  /**
   * Past forecasts recomputed from {@code weather} as it stood 30 minutes before each day's gate; a day the source
   * cannot serve (a gap in a recording) gives no errors.
   */
  public static ForecastErrors recomputed(WeatherSource weather, EnergyModel energy, SiteReadings readings,
      int lookbackDays) {
    return recomputed(weather, energy, readings, lookbackDays, PlanningTime.DEFAULT);
  }

  /**
   * Past forecasts recomputed from {@code weather} as it stood at each day's planning time (the daily run's {@code
   * schedule.run_at}); a day the source cannot serve gives no errors.
   */
  public static ForecastErrors recomputed(WeatherSource weather, EnergyModel energy, SiteReadings readings,
      int lookbackDays, PlanningTime planning) {
    Map<MarketDay, Optional<EnergyForecast>> cache = new HashMap<>();
    return new ForecastErrors(past -> cache.computeIfAbsent(past, d -> {
      try {
        return Optional.of(energy.forecast(d, weather.forecast(d, planning.on(d))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }), readings, lookbackDays);
  }

  /** The energy forecasts the daily runs stored. */
  public static ForecastErrors stored(ForecastStore store, SiteReadings readings, int lookbackDays) {
    return new ForecastErrors(store::energyForecast, readings, lookbackDays);
  }

  /**
   * Live: the energy forecasts the daily runs stored, against the site's metered net of each hour: from the readings
   * the store holds (imported), else from the day's stored settlement (whose meter may have been the exchange's), as
   * settled by the run's time.
   */
  public static ForecastErrors stored(ConvergenceStore store, int lookbackDays) {
    return new ForecastErrors(store::energyForecast, store::siteReadings, lookbackDays, (day, asOf) -> {
      List<Double> out = new ArrayList<>(NO_HOURS);
      store.settlementRecord(day).ifPresent(r -> r.hours().forEach(h -> {
        if (!h.settledAt().isAfter(asOf)) {
          out.set(h.settlement().hour().index(), h.settlement().actualNetMWh());
        }
      }));
      return out;
    });
  }

  public NetUncertainty uncertainty(MarketDay day, Instant asOf) {
    SiteReadings known = CausalViews.readings(readings, asOf);
    List<Double> errors = new ArrayList<>();
    for (int k = 1; k <= lookbackDays; k++) {
      MarketDay past = day.minusDays(k);
      if (past.deliveryStart().isAfter(asOf)) {
        continue;
      }
      List<Double> actual = new ArrayList<>(MeteredNet.hourlyNetMWhOrNaN(past, known));
      if (actual.stream().anyMatch(v -> v.isNaN())) {
        List<Double> settled = settledNet.apply(past, asOf);
        for (int i = 0; i < actual.size(); i++) {
          if (actual.get(i).isNaN()) {
            actual.set(i, settled.get(i));
          }
        }
      }
      if (actual.stream().allMatch(v -> v.isNaN())) {
        continue;
      }
      Optional<EnergyForecast> f = pastForecasts.apply(past);
      if (f.isEmpty()) {
        continue;
      }
      for (HourId h : HourId.all()) {
        double a = actual.get(h.index());
        if (!Double.isNaN(a) && !past.hour(h).end().isAfter(asOf)) {
          errors.add(a - f.get().netMWh(h));
        }
      }
    }
    return NetUncertainty.ofErrors(errors);
  }
}
